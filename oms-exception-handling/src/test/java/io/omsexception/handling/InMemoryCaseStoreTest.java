package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static io.omsexception.handling.Fixtures.unusualAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCaseStoreTest {
    private final InMemoryCaseStore store = new InMemoryCaseStore();

    private static ExceptionCase opened(String orderId, Finding f) {
        CaseDraft d = new CaseDraft();
        d.id = CaseId.rule(orderId, f.code());
        d.version = 1;
        d.state = CaseState.OPEN;
        d.code = f.code();
        d.category = f.category();
        d.priority = f.priority();
        d.department = f.department();
        d.blocking = f.blocking();
        d.finding = f;
        d.createdAt = T0;
        d.openedAt = T0;
        d.updatedAt = T0;
        d.dueAt = T0.plus(Duration.ofHours(2));
        return d.build();
    }

    private static ExceptionCase next(ExceptionCase c, CaseState state) {
        CaseDraft d = CaseDraft.of(c);
        d.version = c.version() + 1;
        d.state = state;
        d.closure = state.isOpen() ? null : new Closure("张三", T0, null, null);
        return d.build();
    }

    private static AuditEntry opening(ExceptionCase c) {
        return AuditEntry.opened(c, "张三", null);
    }

    private static AuditEntry change(ExceptionCase before, ExceptionCase after, CaseAction action) {
        return AuditEntry.transition(before, after, "张三", action, null);
    }

    @Test
    void should_find_an_inserted_case_and_its_entry() {
        // GIVEN
        ExceptionCase c = opened("SO-1", paymentTimeout());

        // WHEN
        store.insert(c, List.of(opening(c)));

        // THEN
        assertThat(store.find(c.id())).contains(c);
        assertThat(store.findByOrder("SO-1")).containsExactly(c);
        assertThat(store.findOpen()).containsExactly(c);
        assertThat(store.findOpen(Department.FINANCE)).containsExactly(c);
        assertThat(store.findOpen(Department.WAREHOUSE)).isEmpty();
        assertThat(store.trail("SO-1")).containsExactly(opening(c));
        assertThat(store.find(CaseId.rule("SO-2", "PAYMENT_TIMEOUT"))).isEmpty();
        assertThat(store.findByOrder("SO-2")).isEmpty();
    }

    @Test
    void should_refuse_to_insert_a_case_twice() {
        // GIVEN
        ExceptionCase c = opened("SO-1", paymentTimeout());
        store.insert(c, List.of(opening(c)));

        // WHEN / THEN
        assertThatThrownBy(() -> store.insert(c, List.of(opening(c))))
                .isInstanceOf(CaseConflictException.class)
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: expected no case but found version 1 (changed concurrently);"
                        + " reload it and retry");
        assertThat(store.trail("SO-1")).hasSize(1);
    }

    @Test
    void should_refuse_an_update_from_a_stale_version_and_store_nothing() {
        // GIVEN
        ExceptionCase v1 = opened("SO-1", paymentTimeout());
        store.insert(v1, List.of(opening(v1)));
        ExceptionCase v2 = next(v1, CaseState.IN_PROGRESS);
        store.update(v2, List.of(change(v1, v2, CaseAction.START)));
        ExceptionCase staleV2 = next(v1, CaseState.RESOLVED);

        // WHEN / THEN
        assertThatThrownBy(() -> store.update(staleV2, List.of(change(v1, staleV2, CaseAction.RESOLVE))))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                })
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: expected version 1 but found version 2 (changed concurrently);"
                        + " reload it and retry");
        assertThat(store.find(v1.id())).contains(v2);
        assertThat(store.trail("SO-1")).extracting(AuditEntry::action).containsExactly(CaseAction.OPEN, CaseAction.START);
    }

    @Test
    void should_refuse_an_update_of_a_missing_case_or_to_version_1() {
        // GIVEN
        ExceptionCase v1 = opened("SO-1", paymentTimeout());
        ExceptionCase v2 = next(v1, CaseState.IN_PROGRESS);

        // WHEN / THEN
        assertThatThrownBy(() -> store.update(v2, List.of(change(v1, v2, CaseAction.START))))
                .isInstanceOf(CaseConflictException.class)
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: expected version 1 but found no case (changed concurrently);"
                        + " reload it and retry");
        assertThatThrownBy(() -> store.update(v1, List.of(opening(v1))))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("updated.version: must be at least 2 but was 1");
        assertThat(store.trail("SO-1")).isEmpty();
    }

    @Test
    void should_refuse_entries_of_another_order_or_no_entry_and_store_nothing() {
        // GIVEN
        ExceptionCase c = opened("SO-1", paymentTimeout());
        ExceptionCase other = opened("SO-2", paymentTimeout());

        // WHEN / THEN
        assertThatThrownBy(() -> store.insert(c, List.of(opening(other))))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("entries[0].orderId: must be SO-1 but was SO-2");
        assertThatThrownBy(() -> store.insert(c, List.of()))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("entries: must not be empty");
        assertThat(store.find(c.id())).isEmpty();
        assertThat(store.trail("SO-1")).isEmpty();
        assertThat(store.trail("SO-2")).isEmpty();
    }

    @Test
    void should_drop_a_closed_case_from_the_open_cases_and_take_it_back_when_reopened() {
        // GIVEN
        ExceptionCase v1 = opened("SO-1", paymentTimeout());
        ExceptionCase other = opened("SO-1", unusualAmount());
        store.insert(v1, List.of(opening(v1)));
        store.insert(other, List.of(opening(other)));

        // WHEN
        ExceptionCase v2 = next(v1, CaseState.RESOLVED);
        store.update(v2, List.of(change(v1, v2, CaseAction.RESOLVE)));

        // THEN
        assertThat(store.findOpen()).containsExactly(other);
        assertThat(store.findByOrder("SO-1")).containsExactly(v2, other);

        // WHEN
        ExceptionCase v3 = next(v2, CaseState.OPEN);
        store.update(v3, List.of(change(v2, v3, CaseAction.REOPEN)));

        // THEN
        assertThat(store.findOpen()).containsExactlyInAnyOrder(v3, other);
    }

    @Test
    void should_return_copies_that_cannot_change_the_store() {
        // GIVEN
        ExceptionCase c = opened("SO-1", paymentTimeout());
        store.insert(c, List.of(opening(c)));

        // WHEN / THEN
        assertThatThrownBy(() -> store.findByOrder("SO-1").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> store.findOpen().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> store.trail("SO-1").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> store.findOpen(Department.FINANCE).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(store.findByOrder("SO-1")).hasSize(1);
    }

    @Test
    void should_append_order_level_entries_after_case_entries() {
        // GIVEN
        ExceptionCase c = opened("SO-1", paymentTimeout());
        store.insert(c, List.of(opening(c)));
        AuditEntry held = AuditEntry.held("SO-1", List.of(c.id()), T0);

        // WHEN
        store.append("SO-1", List.of(held));

        // THEN
        assertThat(store.trail("SO-1")).containsExactly(opening(c), held);
    }
}
