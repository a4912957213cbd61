package io.omsexception.handling;

import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The scheduled side of handling, started by the host: re-evaluates the open orders of each
 * family on its own schedule (in-transit parcels hourly, unpaid orders every few minutes: the host
 * names the families and its {@link OpenOrders} finds them), reconciles them and runs their
 * actions; escalates overdue cases (the department on opening, its lead after the response target,
 * a manager after twice it); and tells customers how their order is going, with the expected
 * time, at most once per frequency per order.
 *
 * <pre>{@code
 * ExceptionMonitor monitor = ExceptionMonitor.builder(handling, engine, openOrders)
 *         .family("IN_TRANSIT", Duration.ofHours(1))
 *         .family("UNPAID", Duration.ofMinutes(5))
 *         .actions(ActionRunner.of(handling))
 *         .build();
 * monitor.start(scheduler, Duration.ofMinutes(1));   // or call monitor.runDue(now) from the host's scheduler
 * }</pre>
 *
 * <p>Run it on one node (or from a scheduler that runs one job at a time): the progress frequency
 * is kept in memory. Thread-safe: {@link #runDue} runs one call at a time.
 */
public final class ExceptionMonitor {
    private final ExceptionHandling handling;
    private final OrderExceptionEngine engine;
    private final OpenOrders openOrders;
    private final Map<String, Duration> families;
    private final Supplier<ReferenceData> referenceData;
    private final ActionRunner actions;
    private final Duration progressEvery;
    private final Set<Channel> staffChannels;
    private final Set<Channel> customerChannels;
    private final Escalations escalations;
    private final Map<String, Instant> nextRun = new LinkedHashMap<>();

    private ExceptionMonitor(Builder b) {
        this.handling = b.handling;
        this.engine = b.engine;
        this.openOrders = b.openOrders;
        this.families = Map.copyOf(b.families);
        this.referenceData = b.referenceData;
        this.actions = b.actions;
        this.progressEvery = b.progressEvery;
        this.staffChannels = b.staffChannels;
        this.customerChannels = b.customerChannels;
        this.escalations = new Escalations(handling);
        b.families.keySet().forEach(f -> nextRun.put(f, null));
    }

    /**
     * @param handling the front door whose cases it keeps, never null
     * @param engine the engine that evaluates the orders, never null
     * @param openOrders where the open orders come from, never null
     * @return a new builder; thread-confined
     */
    public static Builder builder(ExceptionHandling handling, OrderExceptionEngine engine, OpenOrders openOrders) {
        return new Builder(Args.required(handling, "handling"), Args.required(engine, "engine"),
                Args.required(openOrders, "openOrders"));
    }

    /**
     * What one {@link #runDue} did.
     *
     * @param families the families re-evaluated, in schedule order
     * @param ordersEvaluated how many orders were evaluated and reconciled
     * @param escalated the cases escalated, as stored after it
     * @param progressMessages how many customer progress messages were queued
     */
    public record Run(List<String> families, int ordersEvaluated, List<ExceptionCase> escalated, int progressMessages) {
        /** Copies the lists. */
        public Run {
            families = List.copyOf(families);
            escalated = List.copyOf(escalated);
        }
    }

    /**
     * Does what is due at {@code now}: each family whose time came (every family on the first
     * call) is re-evaluated and reconciled, its actions run (VIP first) and its next time set a
     * period later; then the overdue checks and the progress messages.
     *
     * @param now the current time, as the front door's clock reads it, never null
     * @return what was done
     */
    public synchronized Run runDue(Instant now) {
        Args.required(now, "now");
        List<String> ran = new ArrayList<>();
        int evaluated = 0;
        OffsetDateTime asOf = OffsetDateTime.ofInstant(now, handling.clock().getZone());
        for (Map.Entry<String, Instant> e : nextRun.entrySet()) {
            if (e.getValue() != null && now.isBefore(e.getValue())) {
                continue;
            }
            ran.add(e.getKey());
            List<Order> orders = openOrders.find(e.getKey());
            Map<String, OrderEvaluation> results = new LinkedHashMap<>();
            engine.evaluate(orders, 0, referenceData.get(), asOf).results().forEach(r -> results.put(r.orderId(), r));
            List<String> ids = new ArrayList<>();
            for (Order order : orders) {
                OrderEvaluation evaluation = results.get(order.orderId());
                if (evaluation != null) { // an order the engine could not evaluate is logged by it and left as it was
                    handling.reconcile(order, evaluation);
                    ids.add(order.orderId());
                    evaluated++;
                }
            }
            if (actions != null) {
                actions.runAll(ids);
            }
            e.setValue(now.plus(families.get(e.getKey())));
        }
        List<ExceptionCase> escalated = escalations.escalate(now, staffChannels);
        int progress = escalations.progress(now, progressEvery, customerChannels);
        handling.deliverPending();
        return new Run(ran, evaluated, escalated, progress);
    }

    /**
     * Runs {@link #runDue} every tick on the executor, with the front door's clock.
     *
     * @param executor the host's scheduler, never null
     * @param tick how often to look, positive, for example a minute
     * @return the scheduled task: cancel it to stop
     */
    public ScheduledFuture<?> start(ScheduledExecutorService executor, Duration tick) {
        Args.required(executor, "executor");
        positive(tick, "tick");
        return executor.scheduleAtFixedRate(() -> runDue(handling.clock().instant()), 0, tick.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static Duration positive(Duration d, String name) {
        Args.required(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidFieldException(name, "must be positive but was " + d);
        }
        return d;
    }

    /** Configures an {@link ExceptionMonitor}; each setting (and each family) once. Not thread-safe. */
    public static final class Builder {
        private final Set<String> given = new HashSet<>();
        final ExceptionHandling handling;
        final OrderExceptionEngine engine;
        final OpenOrders openOrders;
        final Map<String, Duration> families = new LinkedHashMap<>();
        Supplier<ReferenceData> referenceData = () -> ReferenceData.NONE;
        ActionRunner actions;
        Duration progressEvery = Duration.ofHours(4);
        Set<Channel> staffChannels = Set.of(Channel.IN_APP);
        Set<Channel> customerChannels = Set.of(Channel.SMS);

        Builder(ExceptionHandling handling, OrderExceptionEngine engine, OpenOrders openOrders) {
            this.handling = handling;
            this.engine = engine;
            this.openOrders = openOrders;
        }

        /**
         * @param name a family the host's {@link OpenOrders} knows, not blank
         * @param every how often its orders are re-evaluated, positive
         * @return this builder
         * @throws IllegalStateException when the family was given
         */
        public Builder family(String name, Duration every) {
            Args.text(name, "name");
            positive(every, "every");
            Args.setOnce(given, "family " + name);
            families.put(name, every);
            return this;
        }

        /**
         * @param value the reference data of each re-evaluation (inventory, blacklist), read once per
         *     family run; default none
         * @return this builder
         */
        public Builder referenceData(Supplier<ReferenceData> value) {
            Args.required(value, "referenceData");
            Args.setOnce(given, "referenceData");
            this.referenceData = value;
            return this;
        }

        /**
         * @param value the runner of the re-evaluated orders' actions; none by default
         * @return this builder
         */
        public Builder actions(ActionRunner value) {
            Args.required(value, "actions");
            Args.setOnce(given, "actions");
            this.actions = value;
            return this;
        }

        /**
         * @param value the least time between two progress messages to one order's customer, positive; default 4 hours
         * @return this builder
         */
        public Builder progressEvery(Duration value) {
            positive(value, "progressEvery");
            Args.setOnce(given, "progressEvery");
            this.progressEvery = value;
            return this;
        }

        /**
         * @param staff the channels of escalations, at least one; default IN_APP
         * @param customer the channels of progress messages, at least one; default SMS
         * @return this builder
         */
        public Builder channels(Set<Channel> staff, Set<Channel> customer) {
            Set<Channel> s = Notifications.channels(staff);
            Set<Channel> c = Notifications.channels(customer);
            Args.setOnce(given, "channels");
            this.staffChannels = s;
            this.customerChannels = c;
            return this;
        }

        /**
         * @return the monitor
         * @throws InvalidFieldException naming {@code families} when none was given
         */
        public ExceptionMonitor build() {
            if (families.isEmpty()) {
                throw new InvalidFieldException("families", "give at least one family(name, every)");
            }
            return new ExceptionMonitor(this);
        }
    }
}
