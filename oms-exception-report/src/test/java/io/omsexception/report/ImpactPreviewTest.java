package io.omsexception.report;

import static io.omsexception.report.Fixtures.clean;
import static io.omsexception.report.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactPreviewTest {

    @Test
    void each_code_tells_the_orders_where_it_is_added_removed_kept_and_where_blocking_or_priority_changed() {
        // WHEN
        RuleImpact impact = ImpactFixture.impact();
        // THEN
        assertThat(impact.ordersCompared()).isEqualTo(5);
        assertThat(impact.rejectedBefore()).isEqualTo(1);
        assertThat(impact.rejectedAfter()).isEqualTo(1);
        assertThat(impact.ordersChanged()).isEqualTo(4);
        assertThat(impact.blockingBefore()).isEqualTo(4);
        assertThat(impact.blockingAfter()).isEqualTo(3);
        assertThat(impact.codes()).extracting(CodeImpact::code)
                .containsExactly("ADDRESS_INCOMPLETE", "PAYMENT_TIMEOUT", "OUT_OF_STOCK");
        assertThat(impact.changedCodes()).extracting(CodeImpact::code).containsExactly("ADDRESS_INCOMPLETE", "PAYMENT_TIMEOUT");

        CodeImpact timeout = impact.code("PAYMENT_TIMEOUT").orElseThrow();
        assertThat(List.of(timeout.before(), timeout.after(), timeout.added(), timeout.removed(), timeout.unchanged()))
                .containsExactly(2L, 2L, 1L, 1L, 1L);
        assertThat(timeout.addedSamples()).containsExactly("SO-3");
        assertThat(timeout.removedSamples()).containsExactly("SO-1");

        CodeImpact address = impact.code("ADDRESS_INCOMPLETE").orElseThrow();
        assertThat(List.of(address.added(), address.removed(), address.unchanged(), address.blockingChanged(),
                address.priorityChanged())).containsExactly(0L, 0L, 2L, 1L, 1L);
        assertThat(address.blockingSamples()).containsExactly("SO-4");
        assertThat(address.prioritySamples()).containsExactly("SO-2");

        assertThat(impact.code("OUT_OF_STOCK").orElseThrow().changed()).isFalse();
        assertThat(impact.code("PHONE_MISSING")).isEmpty();
    }

    @Test
    void precision_before_counts_the_judged_orders_raised_before_and_after_those_still_raised() {
        RuleImpact impact = ImpactFixture.impact();
        assertThat(impact.judgedCases()).isEqualTo(3);
        // PAYMENT_TIMEOUT: SO-1 a false alarm and SO-2 genuine before; only SO-2 is still raised, SO-3 is new and unjudged
        CodeImpact.Precision timeout = impact.code("PAYMENT_TIMEOUT").orElseThrow().precision();
        assertThat(timeout).isEqualTo(new CodeImpact.Precision(2, 1, 1, 1, 0, 1));
        assertThat(timeout.before().getAsDouble()).isEqualTo(0.5);
        assertThat(timeout.after().getAsDouble()).isEqualTo(1.0);
        // OUT_OF_STOCK's only case is open: nothing judged, no estimate
        assertThat(impact.code("OUT_OF_STOCK").orElseThrow().precision()).isNull();
    }

    @Test
    void a_genuine_order_the_change_no_longer_raises_is_counted_as_missed() {
        RuleImpact impact = ImpactPreview.builder()
                .cases(List.of(ImpactFixture.judged("SO-1", "PAYMENT_TIMEOUT", HandledCase.Verdict.GENUINE)))
                .build().compare(ImpactFixture.before(), ImpactFixture.after());
        CodeImpact.Precision p = impact.code("PAYMENT_TIMEOUT").orElseThrow().precision();
        assertThat(p).isEqualTo(new CodeImpact.Precision(1, 1, 0, 0, 1, 2));
        assertThat(p.after()).isEmpty();
    }

    @Test
    void without_cases_no_precision_is_estimated() {
        RuleImpact impact = ImpactPreview.builder().build().compare(ImpactFixture.before(), ImpactFixture.after());
        assertThat(impact.judgedCases()).isZero();
        assertThat(impact.codes()).allSatisfy(c -> assertThat(c.precision()).isNull());
    }

    @Test
    void sample_ids_are_the_first_in_input_order_up_to_the_limit() {
        // GIVEN 20 orders whose timeout is removed, in input order SO-00 .. SO-19
        List<OrderEvaluation> before = new ArrayList<>();
        List<OrderEvaluation> after = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = String.format("SO-%02d", i);
            before.add(order(id, ImpactFixture.timeout()));
            after.add(clean(id));
        }
        // WHEN
        RuleImpact impact = ImpactPreview.builder().samples(3).build()
                .compare(new BatchResult(before, List.of()), new BatchResult(after, List.of()));
        // THEN
        CodeImpact c = impact.code("PAYMENT_TIMEOUT").orElseThrow();
        assertThat(c.removed()).isEqualTo(20);
        assertThat(c.removedSamples()).containsExactly("SO-00", "SO-01", "SO-02");
        assertThat(impact.samples()).isEqualTo(3);
    }

    @Test
    void an_order_rejected_on_one_side_only_is_not_compared_and_repeated_ids_pair_in_order() {
        BatchResult before = new BatchResult(List.of(order("SO-1", ImpactFixture.timeout()), clean("SO-1"),
                order("SO-2", ImpactFixture.timeout())), List.of());
        BatchResult after = new BatchResult(List.of(order("SO-1", ImpactFixture.timeout()), order("SO-1",
                ImpactFixture.address(Priority.P3, false))), List.of(new OrderError(2, "SO-2", "", "rule X threw")));
        RuleImpact impact = ImpactPreview.builder().build().compare(before, after);
        assertThat(impact.ordersCompared()).isEqualTo(2);
        assertThat(impact.rejectedAfter()).isEqualTo(1);
        assertThat(impact.code("PAYMENT_TIMEOUT").orElseThrow().changed()).isFalse();
        assertThat(impact.code("ADDRESS_INCOMPLETE").orElseThrow().added()).isEqualTo(1);
    }

    @Test
    void the_builder_refuses_a_setting_given_twice_and_a_sample_count_out_of_range() {
        assertThatThrownBy(() -> ImpactPreview.builder().samples(2).samples(3))
                .isInstanceOf(IllegalStateException.class).hasMessage("samples: already set to 2");
        assertThatThrownBy(() -> ImpactPreview.builder().cases(List.of()).cases(List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("cases: already set");
        assertThatThrownBy(() -> ImpactPreview.builder().samples(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("samples: must be from 0 to 1000 but was -1");
        assertThatThrownBy(() -> ImpactPreview.builder().build().compare(null, ImpactFixture.after()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("before must not be null");
    }
}
