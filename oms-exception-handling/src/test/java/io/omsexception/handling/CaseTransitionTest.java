package io.omsexception.handling;

import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static io.omsexception.handling.Fixtures.unusualAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTransitionTest extends HandlingTestBase {
    private static final CaseId PAYMENT = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
    private static final IgnoreOverride OVERRIDE = new IgnoreOverride("王经理", "paid offline, receipt checked");

    /** Brings SO-1's blocking PAYMENT_TIMEOUT case into the state. */
    private ExceptionCase caseIn(CaseState state) {
        raise("SO-1", paymentTimeout());
        return switch (state) {
            case OPEN -> handling.find(PAYMENT).orElseThrow();
            case IN_PROGRESS -> handling.start(current(PAYMENT), "张三");
            case RESOLVED -> handling.resolve(current(PAYMENT), "张三", "paid");
            case CONFIRMED -> handling.confirm(current(PAYMENT), "张三", "payment never arrived");
            case IGNORED -> handling.ignore(current(PAYMENT), "张三", "paid offline", OVERRIDE);
        };
    }

    private void perform(CaseAction action, ExceptionCase seen) {
        switch (action) {
            case START -> handling.start(seen, "李四");
            case ASSIGN -> handling.assign(seen, "李四", "王五");
            case NOTE -> handling.addNote(seen, "李四", "called");
            case WORK_ORDER -> handling.openWorkOrder(seen, "李四", Fixtures.order("SO-1"), "call me", "王五");
            case RESOLVE -> handling.resolve(seen, "李四", null);
            case CONFIRM -> handling.confirm(seen, "李四", "fraud");
            case IGNORE -> handling.ignore(seen, "李四", "not needed", OVERRIDE);
            case REOPEN -> handling.reopen(seen, "李四", null);
            default -> throw new AssertionError(action);
        }
    }

    @Test
    void should_open_a_case_as_OPEN_with_version_1() {
        // GIVEN / WHEN
        ExceptionCase c = raise("SO-1", paymentTimeout()).get(0);

        // THEN
        assertThat(c.id()).isEqualTo(PAYMENT);
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.closure()).isNull();
        assertThat(c.openedAt()).isEqualTo(T0);
        assertThat(c.dueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void should_move_an_open_case_to_in_progress_and_assign_the_actor_when_started() {
        // GIVEN
        caseIn(CaseState.OPEN);

        // WHEN
        ExceptionCase c = handling.start(current(PAYMENT), "张三");

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(c.assignee()).isEqualTo("张三");
        assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void should_keep_the_assignee_when_an_assigned_case_is_started_by_someone_else() {
        // GIVEN
        caseIn(CaseState.OPEN);
        handling.assign(current(PAYMENT), "组长", "李四");

        // WHEN
        ExceptionCase c = handling.start(current(PAYMENT), "张三");

        // THEN
        assertThat(c.assignee()).isEqualTo("李四");
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"OPEN", "IN_PROGRESS"})
    void should_resolve_an_open_case_with_a_closure(CaseState from) {
        // GIVEN
        caseIn(from);
        minutes(5);

        // WHEN
        ExceptionCase c = handling.resolve(current(PAYMENT), "张三", "customer paid");

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.closure()).isEqualTo(new Closure("张三", T0.plus(Duration.ofMinutes(5)), "customer paid", null));
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"OPEN", "IN_PROGRESS"})
    void should_confirm_an_open_case_with_the_reason_as_closure_note(CaseState from) {
        // GIVEN
        caseIn(from);

        // WHEN
        ExceptionCase c = handling.confirm(current(PAYMENT), "张三", "payment never arrived");

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.CONFIRMED);
        assertThat(c.closure().note()).isEqualTo("payment never arrived");
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"OPEN", "IN_PROGRESS"})
    void should_ignore_an_open_blocking_case_with_an_override(CaseState from) {
        // GIVEN
        caseIn(from);

        // WHEN
        ExceptionCase c = handling.ignore(current(PAYMENT), "张三", "paid offline", OVERRIDE);

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.IGNORED);
        assertThat(c.closure()).isEqualTo(new Closure("张三", T0, "paid offline", OVERRIDE));
    }

    @Test
    void should_ignore_an_advisory_case_without_an_override() {
        // GIVEN
        raise("SO-1", unusualAmount());
        CaseId id = CaseId.rule("SO-1", "UNUSUAL_AMOUNT");

        // WHEN
        ExceptionCase c = handling.ignore(current(id), "风控小王", "regular bulk buyer");

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.IGNORED);
        assertThat(c.closure().override()).isNull();
    }

    @Test
    void should_refuse_to_ignore_a_blocking_case_without_an_override() {
        // GIVEN
        caseIn(CaseState.OPEN);

        // WHEN / THEN
        assertThatThrownBy(() -> handling.ignore(current(PAYMENT), "张三", "looks fine"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: cannot ignore a blocking case without an override naming who and why");
        assertThat(handling.find(PAYMENT).orElseThrow().state()).isEqualTo(CaseState.OPEN);
        assertThat(trailActions("SO-1")).containsExactly(CaseAction.OPEN, OrderSignal.HELD);
    }

    @Test
    void should_refuse_to_ignore_a_blocking_case_without_an_override_even_at_the_expected_version() {
        // GIVEN the case as the actor saw it after it was started
        ExceptionCase c = caseIn(CaseState.IN_PROGRESS);

        // WHEN / THEN
        assertThatThrownBy(() -> handling.ignore(c, "张三", "looks fine"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: cannot ignore a blocking case without an override naming who and why");
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"RESOLVED", "IGNORED"})
    void should_reopen_a_closed_case_with_a_fresh_due_time_and_no_closure(CaseState from) {
        // GIVEN
        caseIn(from);
        minutes(60);

        // WHEN
        ExceptionCase c = handling.reopen(current(PAYMENT), "张三", "customer says not paid after all");

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.closure()).isNull();
        assertThat(c.createdAt()).isEqualTo(T0);
        assertThat(c.openedAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(c.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)).plus(Duration.ofHours(2)));
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"OPEN", "IN_PROGRESS"})
    void should_assign_an_open_case_without_changing_its_state(CaseState from) {
        // GIVEN
        caseIn(from);

        // WHEN
        ExceptionCase c = handling.assign(current(PAYMENT), "组长", "王五");

        // THEN
        assertThat(c.state()).isEqualTo(from);
        assertThat(c.assignee()).isEqualTo("王五");
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void should_add_a_progress_note_in_every_state_without_changing_it(CaseState from) {
        // GIVEN
        long before = caseIn(from).version();
        minutes(3);

        // WHEN
        ExceptionCase c = handling.addNote(current(PAYMENT), "张三", "customer called back");

        // THEN
        assertThat(c.state()).isEqualTo(from);
        assertThat(c.version()).isEqualTo(before + 1);
        assertThat(c.notes()).containsExactly(
                new ProgressNote(T0.plus(Duration.ofMinutes(3)), "张三", "customer called back"));
    }

    @Test
    void should_turn_an_open_case_into_an_in_progress_work_order() {
        // GIVEN
        caseIn(CaseState.OPEN);
        Order facts = Fixtures.order("SO-1");

        // WHEN
        ExceptionCase c = handling.openWorkOrder(current(PAYMENT), "组长", facts, "wants to pay by bank transfer", "王五");
        c = handling.addNote(current(PAYMENT), "王五", "sent bank details");

        // THEN
        assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(c.isWorkOrder()).isTrue();
        assertThat(c.workOrder()).isEqualTo(new WorkOrder(facts, "wants to pay by bank transfer", T0, "组长"));
        assertThat(c.assignee()).isEqualTo("王五");
        assertThat(c.notes()).extracting(ProgressNote::text).containsExactly("sent bank details");
    }

    @Test
    void should_refuse_a_second_work_order_for_one_case() {
        // GIVEN
        caseIn(CaseState.OPEN);
        handling.openWorkOrder(current(PAYMENT), "组长", Fixtures.order("SO-1"), "bank transfer", "王五");

        // WHEN / THEN
        assertThatThrownBy(() -> handling.openWorkOrder(current(PAYMENT), "组长", Fixtures.order("SO-1"), "again", "赵六"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: cannot open a work order for a case that already has one");
    }

    @Test
    void should_refuse_a_work_order_holding_the_facts_of_another_order() {
        // GIVEN
        caseIn(CaseState.OPEN);

        // WHEN / THEN
        assertThatThrownBy(() -> handling.openWorkOrder(current(PAYMENT), "组长", Fixtures.order("SO-2"), "x", "王五"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("order.orderId: must be SO-1 but was SO-2");
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @CsvSource(delimiter = '|', textBlock = """
            OPEN        | REOPEN     | case SO-1/PAYMENT_TIMEOUT: cannot reopen a case that is OPEN
            IN_PROGRESS | START      | case SO-1/PAYMENT_TIMEOUT: cannot start a case that is IN_PROGRESS
            IN_PROGRESS | REOPEN     | case SO-1/PAYMENT_TIMEOUT: cannot reopen a case that is IN_PROGRESS
            RESOLVED    | START      | case SO-1/PAYMENT_TIMEOUT: cannot start a case that is RESOLVED
            RESOLVED    | ASSIGN     | case SO-1/PAYMENT_TIMEOUT: cannot assign a case that is RESOLVED
            RESOLVED    | WORK_ORDER | case SO-1/PAYMENT_TIMEOUT: cannot open a work order for a case that is RESOLVED
            RESOLVED    | RESOLVE    | case SO-1/PAYMENT_TIMEOUT: cannot resolve a case that is RESOLVED
            RESOLVED    | CONFIRM    | case SO-1/PAYMENT_TIMEOUT: cannot confirm a case that is RESOLVED
            RESOLVED    | IGNORE     | case SO-1/PAYMENT_TIMEOUT: cannot ignore a case that is RESOLVED
            CONFIRMED   | START      | case SO-1/PAYMENT_TIMEOUT: cannot start a case of a cancelled order
            CONFIRMED   | ASSIGN     | case SO-1/PAYMENT_TIMEOUT: cannot assign a case of a cancelled order
            CONFIRMED   | WORK_ORDER | case SO-1/PAYMENT_TIMEOUT: cannot open a work order for a case of a cancelled order
            CONFIRMED   | RESOLVE    | case SO-1/PAYMENT_TIMEOUT: cannot resolve a case of a cancelled order
            CONFIRMED   | CONFIRM    | case SO-1/PAYMENT_TIMEOUT: cannot confirm a case of a cancelled order
            CONFIRMED   | IGNORE     | case SO-1/PAYMENT_TIMEOUT: cannot ignore a case of a cancelled order
            CONFIRMED   | REOPEN     | case SO-1/PAYMENT_TIMEOUT: cannot reopen a case of a cancelled order
            IGNORED     | START      | case SO-1/PAYMENT_TIMEOUT: cannot start a case that is IGNORED
            IGNORED     | ASSIGN     | case SO-1/PAYMENT_TIMEOUT: cannot assign a case that is IGNORED
            IGNORED     | WORK_ORDER | case SO-1/PAYMENT_TIMEOUT: cannot open a work order for a case that is IGNORED
            IGNORED     | RESOLVE    | case SO-1/PAYMENT_TIMEOUT: cannot resolve a case that is IGNORED
            IGNORED     | CONFIRM    | case SO-1/PAYMENT_TIMEOUT: cannot confirm a case that is IGNORED
            IGNORED     | IGNORE     | case SO-1/PAYMENT_TIMEOUT: cannot ignore a case that is IGNORED
            """)
    void should_refuse_an_illegal_transition_naming_case_action_and_state_and_change_nothing(
            CaseState from, CaseAction action, String message) {
        // GIVEN
        ExceptionCase before = caseIn(from);
        int trailSize = handling.trail("SO-1").size();

        // WHEN / THEN
        assertThatThrownBy(() -> perform(action, before))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.caseId()).isEqualTo(PAYMENT);
                    assertThat(e.state()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessage(message);
        assertThat(handling.find(PAYMENT)).contains(before);
        assertThat(handling.trail("SO-1").size()).isEqualTo(trailSize);
    }

    @Test
    void should_publish_the_transition_table_on_the_state() {
        // GIVEN / WHEN / THEN
        // an action of the finding is recorded in any state (it may complete after the case closed);
        // only an open case is escalated
        EnumSet<CaseAction> actions = EnumSet.of(CaseAction.ACTION_QUEUED, CaseAction.ACTION_PROPOSED,
                CaseAction.ACTION_EXECUTED, CaseAction.ACTION_FAILED);
        EnumSet<CaseAction> open = EnumSet.of(CaseAction.START, CaseAction.ASSIGN, CaseAction.NOTE, CaseAction.WORK_ORDER,
                CaseAction.RESOLVE, CaseAction.CONFIRM, CaseAction.IGNORE, CaseAction.UPDATE, CaseAction.MOVE,
                CaseAction.ESCALATE);
        open.addAll(actions);
        assertThat(CaseState.OPEN.actions()).isEqualTo(open);
        open.remove(CaseAction.START);
        assertThat(CaseState.IN_PROGRESS.actions()).isEqualTo(open);
        EnumSet<CaseAction> reopenable = EnumSet.of(CaseAction.NOTE, CaseAction.REOPEN);
        reopenable.addAll(actions);
        assertThat(CaseState.RESOLVED.actions()).isEqualTo(reopenable);
        assertThat(CaseState.IGNORED.actions()).isEqualTo(reopenable);
        actions.add(CaseAction.NOTE);
        assertThat(CaseState.CONFIRMED.actions()).isEqualTo(actions);
        assertThat(CaseState.OPEN.after(CaseAction.START)).contains(CaseState.IN_PROGRESS);
        assertThat(CaseState.CONFIRMED.after(CaseAction.REOPEN)).isEmpty();
    }

    @Test
    void should_refuse_to_reopen_a_case_of_a_cancelled_order() {
        // GIVEN
        raise("SO-1", paymentTimeout(), addressIncomplete());
        CaseId address = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");
        handling.resolve(current(address), "张三", "house number added");
        handling.confirm(current(PAYMENT), "张三", "payment never arrived");

        // WHEN / THEN
        assertThatThrownBy(() -> handling.reopen(current(address), "张三", null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("case SO-1/ADDRESS_INCOMPLETE: cannot reopen a case of a cancelled order");
    }

    @Test
    void should_refuse_a_change_made_from_a_version_the_case_has_moved_past() {
        // GIVEN 张三 reads the case, then 李四 takes it
        ExceptionCase seen = caseIn(CaseState.OPEN);
        handling.start(current(PAYMENT), "李四");

        // WHEN 张三 acts on what he read
        assertThatThrownBy(() -> handling.resolve(seen, "张三", "paid"))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> {
                    assertThat(e.caseId()).isEqualTo(PAYMENT);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                })
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: expected version 1 but found version 2 (changed concurrently);"
                        + " reload it and retry");

        // THEN nothing changed, and acting on the current version works
        ExceptionCase reloaded = handling.find(PAYMENT).orElseThrow();
        assertThat(reloaded.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(reloaded.version()).isEqualTo(2);
        assertThat(handling.resolve(reloaded, "张三", "paid").state()).isEqualTo(CaseState.RESOLVED);
    }

    @ParameterizedTest
    @EnumSource(value = CaseAction.class, names = {"START", "ASSIGN", "NOTE", "WORK_ORDER", "RESOLVE", "CONFIRM",
            "IGNORE", "REOPEN"})
    void should_refuse_every_staff_action_on_a_case_that_changed_since_it_was_seen(CaseAction action) {
        // GIVEN 张三 reads the case, then 李四 adds a note to it
        ExceptionCase seen = caseIn(CaseState.OPEN);
        ExceptionCase changed = handling.addNote(current(PAYMENT), "李四", "customer called");
        int trailSize = handling.trail("SO-1").size();

        // WHEN / THEN
        assertThatThrownBy(() -> perform(action, seen))
                .isInstanceOf(CaseConflictException.class)
                .hasMessage("case SO-1/PAYMENT_TIMEOUT: expected version 1 but found version 2 (changed concurrently);"
                        + " reload it and retry");
        assertThat(handling.find(PAYMENT)).contains(changed);
        assertThat(handling.trail("SO-1").size()).isEqualTo(trailSize);
    }

    @Test
    void should_derive_the_change_from_the_stored_case_using_only_the_id_and_version_of_the_seen_one() {
        // GIVEN a copy of the case, at its version, that says someone else has it
        ExceptionCase stored = caseIn(CaseState.OPEN);
        CaseDraft edited = CaseDraft.of(stored);
        edited.assignee = "mallory";
        edited.priority = Priority.P1;

        // WHEN
        ExceptionCase c = handling.start(edited.build(), "张三");

        // THEN
        assertThat(c.assignee()).isEqualTo("张三");
        assertThat(c.priority()).isEqualTo(stored.priority());
        assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void should_refuse_an_action_on_an_unknown_case() {
        // GIVEN a case of another store
        ExceptionHandling elsewhere = ExceptionHandling.builder().clock(clock).notifier(new RecordingNotifier())
                .orderFlow(new RecordingOrderFlow()).build();
        ExceptionCase foreign = elsewhere.mark(Fixtures.order("SO-9"),
                MarkRequest.builder("H-9", MarkReason.DELIVERY_DELAY, "张三").build());

        // WHEN / THEN
        assertThatThrownBy(() -> handling.resolve(foreign, "张三", null))
                .isInstanceOf(UnknownCaseException.class)
                .hasMessage("case SO-9/mark:H-9: no such case");
    }

    @Test
    void should_refuse_missing_arguments_naming_them() {
        // GIVEN
        caseIn(CaseState.OPEN);

        // WHEN / THEN
        assertThatThrownBy(() -> handling.start(current(PAYMENT), " "))
                .isInstanceOf(InvalidFieldException.class).hasMessage("actor: is required");
        assertThatThrownBy(() -> handling.start(null, "张三"))
                .isInstanceOf(InvalidFieldException.class).hasMessage("seen: is required");
        assertThatThrownBy(() -> handling.confirm(current(PAYMENT), "张三", ""))
                .isInstanceOf(InvalidFieldException.class).hasMessage("reason: is required");
        assertThatThrownBy(() -> handling.ignore(current(PAYMENT), "张三", null, OVERRIDE))
                .isInstanceOf(InvalidFieldException.class).hasMessage("note: is required");
        assertThatThrownBy(() -> handling.ignore(current(PAYMENT), "张三", "x", null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("override: is required");
        assertThatThrownBy(() -> handling.assign(current(PAYMENT), "组长", null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("assignee: is required");
        assertThatThrownBy(() -> handling.addNote(current(PAYMENT), "张三", "\t"))
                .isInstanceOf(InvalidFieldException.class).hasMessage("text: is required");
        assertThatThrownBy(() -> new IgnoreOverride("王经理", " "))
                .isInstanceOf(InvalidFieldException.class).hasMessage("override.reason: is required");
        assertThat(handling.find(PAYMENT).orElseThrow().version()).isEqualTo(1);
    }
}
