package io.omsexception.examples;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.RulePack;
import io.omsexception.handling.ActionExecutor;
import io.omsexception.handling.ActionPolicies;
import io.omsexception.handling.ActionRequest;
import io.omsexception.handling.ActionRunner;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseAction;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.ExceptionMonitor;
import io.omsexception.handling.InMemoryCaseStore;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.OrderFlow;
import io.omsexception.handling.StaffNotification;
import io.omsexception.json.ParsedOrder;
import io.omsexception.json.ParsedRequest;
import io.omsexception.model.Order;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A day of the demo handled end to end: the standard packs and the example custom pack evaluate
 * the bundled day, a policy decides the actions, a recording executor carries them out (it cannot
 * intercept parcels: those fail, are retried and reach staff), and the monitor runs every hour
 * for {@value #HOURS} hours: in-transit parcels hourly, the other open orders every two hours,
 * escalations and customer progress messages. Nobody on the staff works a case, so the overdue
 * ones are escalated.
 */
final class HandledDay {
    /** The bundled policy, on the class path. */
    static final String POLICY = "demo/actions-policy.txt";
    static final int HOURS = 4;

    /** What happened: the actions in the order the executor got them, the notifications, the store. */
    record Result(Instant start, List<ActionRequest> executed, List<StaffNotification> staff,
            List<CustomerNotification> customers, InMemoryCaseStore store, List<String> orderIds) {

        /** @return per {@code TYPE CODE}: executed, proposed and failed (out of attempts) counts, sorted */
        Map<String, int[]> outcomes() {
            Map<String, int[]> out = new TreeMap<>();
            for (String id : orderIds) {
                for (AuditEntry e : store.trail(id)) {
                    int column = e.action() == CaseAction.ACTION_EXECUTED ? 0 : e.action() == CaseAction.ACTION_PROPOSED ? 1
                            : e.action() == CaseAction.ACTION_FAILED && e.note() != null && e.note().contains("no attempt left")
                                    ? 2 : -1;
                    if (column >= 0) {
                        String type = e.detail().split(" ", 2)[0];
                        out.computeIfAbsent(type + " " + e.caseId().key(), k -> new int[3])[column]++;
                    }
                }
            }
            return out;
        }
    }

    /** Records what it is asked; intercepting a parcel is not enabled for any carrier, so it fails. */
    static final class DemoExecutor implements ActionExecutor {
        private final List<ActionRequest> executed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String execute(ActionRequest request) {
            if (request.action().type().name().equals("INTERCEPT_PARCEL")) {
                throw new IllegalStateException("interception is not enabled for carrier " + request.action().text("carrier"));
            }
            executed.add(request);
            return String.format("done, ticket %s-%04d", request.action().type().name().substring(0, 2), executed.size());
        }
    }

    private static final class Recording implements Notifier, OrderFlow {
        final List<StaffNotification> staff = Collections.synchronizedList(new ArrayList<>());
        final List<CustomerNotification> customers = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void notifyStaff(StaffNotification n) {
            staff.add(n);
        }

        @Override
        public void notifyCustomer(CustomerNotification n) {
            customers.add(n);
        }

        @Override
        public void hold(String orderId, List<CaseId> blockingCases) {
        }

        @Override
        public void release(String orderId) {
        }

        @Override
        public void cancel(String orderId, String reason, CaseId confirmedCase) {
        }
    }

    /** A clock the day moves by hand. */
    static final class DayClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        DayClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new DayClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private HandledDay() {
    }

    /** @return the engine of the handled day: the standard packs and the example custom pack */
    static OrderExceptionEngine engine() {
        return OrderExceptionEngine.builder().withStandardRules().addRules(RulePack.fromClasspath("custom-rules",
                HandledDay.class.getClassLoader(), "custom-rules/custom-checks.drl")).build();
    }

    static Result run(ActionPolicies policies, ParsedRequest request) {
        List<Order> orders = request.orders().stream().map(ParsedOrder::order).filter(o -> o != null).toList();
        Instant start = request.asOf().toInstant();
        DayClock clock = new DayClock(start, request.asOf().getOffset());
        InMemoryCaseStore store = new InMemoryCaseStore();
        Recording host = new Recording();
        DemoExecutor executor = new DemoExecutor();
        ExceptionHandling handling = ExceptionHandling.builder().clock(clock).store(store).notifier(host).orderFlow(host)
                .actionPolicies(policies).actionExecutor(executor).actionRetries(3, Duration.ofMinutes(20)).build();
        ExceptionMonitor monitor = ExceptionMonitor.builder(handling, engine(), family -> orders.stream()
                        .filter(o -> inTransit(o) == family.equals("IN_TRANSIT")).toList())
                .family("IN_TRANSIT", Duration.ofHours(1))
                .family("OTHER_OPEN", Duration.ofHours(2))
                .referenceData(request::referenceData)
                .actions(ActionRunner.of(handling))
                .build();
        for (int h = 0; h <= HOURS; h++) {
            clock.set(start.plus(Duration.ofHours(h)));
            monitor.runDue(clock.instant());
        }
        return new Result(start, List.copyOf(executor.executed), List.copyOf(host.staff), List.copyOf(host.customers),
                store, orders.stream().map(Order::orderId).toList());
    }

    static boolean inTransit(Order o) {
        List<Shipment> parcels = new ArrayList<>(o.shipments());
        if (o.shipment() != null) {
            parcels.add(o.shipment());
        }
        return parcels.stream().anyMatch(s -> s.status() == ShipmentStatus.IN_TRANSIT);
    }
}
