package io.omsexception.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Action;
import io.omsexception.ActionType;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy a host writes: a file, strict, or the same in code. */
class ActionPoliciesTest extends HandlingTestBase {
    @TempDir
    Path dir;

    private ExceptionCase stranded(String orderId, CustomerTier tier) {
        return raiseOne(orderId, tier, ActionRunnerTest.stranded("SF1"));
    }

    private static final Action CHASE = new Action(ActionType.CHASE_CARRIER, Map.of("carrier", "SF", "trackingNumber", "1"));

    @Test
    void the_first_matching_rule_decides_with_conditions_on_tier_code_and_amount() throws Exception {
        Path file = Files.writeString(dir.resolve("actions-policy.txt"), """
                otherwise PROPOSE
                NEVER CHASE_CARRIER tier=NEW          # new customers: staff decide
                AUTO  CHASE_CARRIER code=PARCEL_STRANDED,DELIVERY_OVERDUE tier=VIP,REGULAR
                AUTO  APPROVE_REFUND amountBelow=100
                """);
        ActionPolicies p = ActionPolicies.read(file);
        Action small = new Action(ActionType.APPROVE_REFUND, Map.of("refundId", "R", "amount", new BigDecimal("99.99")));
        Action large = new Action(ActionType.APPROVE_REFUND, Map.of("refundId", "R", "amount", new BigDecimal("100")));

        ExceptionCase vip = stranded("SO-V", CustomerTier.VIP);
        assertThat(p.decide(vip, CHASE)).isEqualTo(ActionDecision.AUTO);
        assertThat(p.decide(stranded("SO-N", CustomerTier.NEW), CHASE)).isEqualTo(ActionDecision.NEVER);
        assertThat(p.decide(vip, small)).isEqualTo(ActionDecision.AUTO);
        assertThat(p.decide(vip, large)).isEqualTo(ActionDecision.PROPOSE);
        assertThat(p.rules()).hasSize(3);
    }

    @Test
    void the_same_policy_is_built_in_code() {
        ActionPolicies p = ActionPolicies.builder()
                .rule(ActionPolicies.Rule.of(ActionDecision.AUTO, ActionType.CHASE_CARRIER).tiers(CustomerTier.VIP))
                .rule(ActionPolicies.Rule.of(ActionDecision.NEVER, null).channels("DOUYIN"))
                .otherwise(ActionDecision.PROPOSE)
                .build();

        assertThat(p.decide(stranded("SO-V", CustomerTier.VIP), CHASE)).isEqualTo(ActionDecision.AUTO);
        assertThat(p.decide(stranded("SO-R", CustomerTier.REGULAR), CHASE)).isEqualTo(ActionDecision.PROPOSE);
        assertThat(ActionPolicies.none().decide(stranded("SO-X", CustomerTier.VIP), CHASE)).isEqualTo(ActionDecision.NEVER);
        assertThatThrownBy(() -> ActionPolicies.builder().otherwise(ActionDecision.AUTO).otherwise(ActionDecision.NEVER))
                .hasMessage("otherwise was already set");
    }

    @Test
    void should_refuse_a_typo_naming_the_file_and_line() {
        assertThatThrownBy(() -> ActionPolicies.parse("AUTO CHASE_CARRIER\nAUTO CHASE_CARRIER tire=VIP\n", "p.txt"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("p.txt:2: unknown key 'tire'; use code, tier, channel, amountBelow");
        assertThatThrownBy(() -> ActionPolicies.parse("AUTOMATIC CHASE_CARRIER", "p.txt"))
                .hasMessage("p.txt:1: the decision must be AUTO, PROPOSE or NEVER but was 'AUTOMATIC'");
        assertThatThrownBy(() -> ActionPolicies.parse("AUTO chase_carrier", "p.txt"))
                .hasMessage("p.txt:1: the action type must be upper snake case, for example CHASE_CARRIER, or * for "
                        + "every type, but was 'chase_carrier'");
        assertThatThrownBy(() -> ActionPolicies.parse("\n\nAUTO APPROVE_REFUND amountBelow=-5", "p.txt"))
                .hasMessage("p.txt:3: amountBelow: must be a positive amount, for example 100, but was '-5'");
        assertThatThrownBy(() -> ActionPolicies.parse("AUTO * tier=GOLD", "p.txt"))
                .hasMessage("p.txt:1: tier: must be NEW, REGULAR or VIP but was 'GOLD'");
        assertThatThrownBy(() -> ActionPolicies.parse("otherwise AUTO\notherwise NEVER", "p.txt"))
                .hasMessage("p.txt:2: otherwise is given twice");
        assertThatThrownBy(() -> ActionPolicies.parse("AUTO CHASE_CARRIER code=A code=B", "p.txt"))
                .hasMessage("p.txt:1: code is given twice");
        assertThatThrownBy(() -> ActionPolicies.parse("AUTO", "p.txt"))
                .hasMessage("p.txt:1: a rule is DECISION TYPE [key=value...], for example 'AUTO CHASE_CARRIER "
                        + "code=PARCEL_STRANDED', but was 'AUTO'");
    }
}
