package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    private static CaseDraft openRuleCase() {
        CaseDraft d = new CaseDraft();
        d.id = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
        d.version = 1;
        d.state = CaseState.OPEN;
        d.code = "PAYMENT_TIMEOUT";
        d.category = paymentTimeout().category();
        d.priority = paymentTimeout().priority();
        d.department = paymentTimeout().department();
        d.blocking = true;
        d.finding = paymentTimeout();
        d.createdAt = T0;
        d.openedAt = T0;
        d.updatedAt = T0;
        d.dueAt = T0.plus(Duration.ofHours(2));
        return d;
    }

    @Test
    void should_write_and_read_back_case_ids() {
        // GIVEN
        CaseId rule = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
        CaseId mark = CaseId.mark("TM/2026/001", "ticket:77.a");

        // WHEN / THEN
        assertThat(rule).hasToString("SO-1/PAYMENT_TIMEOUT");
        assertThat(mark).hasToString("TM/2026/001/mark:ticket:77.a");
        assertThat(CaseId.parse(rule.toString())).isEqualTo(rule);
        assertThat(CaseId.parse(mark.toString())).isEqualTo(mark);
    }

    @Test
    void should_refuse_invalid_case_ids_naming_the_part() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> CaseId.parse("SO-1"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("caseId: must be ORDER/CODE or ORDER/mark:HANDLE but was 'SO-1'");
        assertThatThrownBy(() -> CaseId.parse("SO-1/"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("caseId: must be ORDER/CODE or ORDER/mark:HANDLE but was 'SO-1/'");
        assertThatThrownBy(() -> CaseId.rule("SO-1", "payment timeout"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("key: must be an upper snake case code but was 'payment timeout'");
        assertThatThrownBy(() -> CaseId.mark(" ", "H-1"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("orderId: is required");
        assertThatThrownBy(() -> CaseId.mark("SO-1", "x".repeat(65)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("key: must be 1 to 64 of A-Z a-z 0-9 . _ : - but was 'xxxx");
    }

    @Test
    void should_refuse_a_closed_case_without_closure_and_an_open_case_with_one() {
        // GIVEN
        CaseDraft closedWithout = openRuleCase();
        closedWithout.state = CaseState.RESOLVED;
        CaseDraft openWith = openRuleCase();
        openWith.closure = new Closure("张三", T0, null, null);

        // WHEN / THEN
        assertThatThrownBy(closedWithout::build)
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("closure: is required when the case is RESOLVED");
        assertThatThrownBy(openWith::build)
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("closure: must be null while the case is OPEN");
    }

    @Test
    void should_refuse_a_rule_case_that_does_not_match_its_finding_or_carries_a_mark() {
        // GIVEN
        CaseDraft noFinding = openRuleCase();
        noFinding.finding = null;
        CaseDraft wrongCode = openRuleCase();
        wrongCode.code = "OTHER_CODE";
        CaseDraft withMark = openRuleCase();
        withMark.mark = MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三").build();
        CaseDraft version0 = openRuleCase();
        version0.version = 0;

        // WHEN / THEN
        assertThatThrownBy(noFinding::build).isInstanceOf(InvalidFieldException.class)
                .hasMessage("finding: is required");
        assertThatThrownBy(wrongCode::build).isInstanceOf(InvalidFieldException.class)
                .hasMessage("code: must be PAYMENT_TIMEOUT for case SO-1/PAYMENT_TIMEOUT");
        assertThatThrownBy(withMark::build).isInstanceOf(InvalidFieldException.class)
                .hasMessage("mark: must be null for a rule case");
        assertThatThrownBy(version0::build).isInstanceOf(InvalidFieldException.class)
                .hasMessage("version: must be at least 1 but was 0");
    }

    @Test
    void should_copy_the_notes_of_a_case() {
        // GIVEN
        CaseDraft d = openRuleCase();
        List<ProgressNote> notes = new ArrayList<>(List.of(new ProgressNote(T0, "张三", "called")));
        d.notes = notes;
        ExceptionCase c = d.build();

        // WHEN
        notes.add(new ProgressNote(T0, "李四", "sneaked in"));

        // THEN
        assertThat(c.notes()).extracting(ProgressNote::text).containsExactly("called");
        assertThatThrownBy(() -> c.notes().add(new ProgressNote(T0, "x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_say_which_actions_are_about_the_order() {
        // GIVEN
        List<AuditAction> actions = new ArrayList<>(List.of(CaseAction.values()));
        actions.addAll(List.of(OrderSignal.values()));

        // WHEN / THEN
        assertThat(actions).filteredOn(AuditAction::isOrderLevel).containsExactly(
                OrderSignal.HELD, OrderSignal.RELEASED, OrderSignal.CANCELLED, OrderSignal.LINES_CANCELLED);
    }
}
