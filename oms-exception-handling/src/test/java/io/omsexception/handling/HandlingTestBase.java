package io.omsexception.handling;

import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.ZONE;

import io.omsexception.Finding;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** A handling front door over an in-memory store, a test clock and recording host interfaces. */
abstract class HandlingTestBase {
    MutableClock clock;
    InMemoryCaseStore store;
    RecordingNotifier notifier;
    RecordingOrderFlow flow;
    ExceptionHandling handling;

    @BeforeEach
    void setUpHandling() {
        clock = new MutableClock(T0, ZONE);
        store = new InMemoryCaseStore();
        notifier = new RecordingNotifier();
        flow = new RecordingOrderFlow();
        handling = builder().notificationWindow(Duration.ofMinutes(30)).build();
    }

    /** A builder over the test clock, store and recording host interfaces; each setting can be given once. */
    ExceptionHandlingBuilder builder() {
        return builder(store, notifier, flow);
    }

    /** A builder over the test clock and the given store and host interfaces. */
    ExceptionHandlingBuilder builder(CaseStore withStore, Notifier withNotifier, OrderFlow withFlow) {
        return ExceptionHandling.builder().clock(clock).store(withStore).notifier(withNotifier).orderFlow(withFlow);
    }

    /** Reconciles the order with an evaluation raising the findings; returns the new cases. */
    List<ExceptionCase> raise(String orderId, Finding... findings) {
        return raise(Fixtures.order(orderId), findings);
    }

    List<ExceptionCase> raise(Order order, Finding... findings) {
        return handling.reconcile(order, Fixtures.evaluation(order.orderId(), findings)).opened();
    }

    ExceptionCase raiseOne(String orderId, CustomerTier tier, Finding finding) {
        return raise(Fixtures.order(orderId, tier), finding).get(0);
    }

    /** The case as stored now: what a user who just opened it sees. */
    ExceptionCase current(CaseId id) {
        return handling.find(id).orElseThrow();
    }

    void minutes(long m) {
        clock.advance(Duration.ofMinutes(m));
    }

    List<String> trailText(String orderId) {
        return handling.trail(orderId).entries().stream().map(e -> e.toText(ZONE)).toList();
    }

    List<AuditAction> trailActions(String orderId) {
        return handling.trail(orderId).entries().stream().map(AuditEntry::action).toList();
    }
}
