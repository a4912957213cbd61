package io.omsexception.testkit;

import io.omsexception.handling.CaseId;
import io.omsexception.handling.OrderFlow;
import io.omsexception.handling.OrderSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link OrderFlow} that records what it is told, for tests and demos.
 *
 * <p>Thread-safe.
 */
public final class RecordingOrderFlow implements OrderFlow {

    /**
     * One signal received.
     *
     * @param action {@link OrderSignal#HELD}, {@link OrderSignal#RELEASED},
     *     {@link OrderSignal#CANCELLED} or {@link OrderSignal#LINES_CANCELLED}
     * @param orderId the order
     * @param cases the blocking cases (hold), the confirmed case (cancel), or empty (release)
     * @param reason the cancellation reason; null for hold and release
     * @param lineIds the cancelled lines of {@link OrderSignal#LINES_CANCELLED}; empty otherwise
     */
    public record Signal(OrderSignal action, String orderId, List<CaseId> cases, String reason, List<String> lineIds) {

        /** Copies the cases and lines. */
        public Signal {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(orderId, "orderId");
            cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
            lineIds = List.copyOf(Objects.requireNonNull(lineIds, "lineIds"));
        }

        /**
         * A signal without lines.
         *
         * @param action the signal
         * @param orderId the order
         * @param cases the cases
         * @param reason the reason, or null
         */
        public Signal(OrderSignal action, String orderId, List<CaseId> cases, String reason) {
            this(action, orderId, cases, reason, List.of());
        }
    }

    private final List<Signal> signals = new ArrayList<>();

    /** Creates a flow that has recorded nothing yet. */
    public RecordingOrderFlow() {
    }

    @Override
    public void hold(String orderId, List<CaseId> blockingCases) {
        record(new Signal(OrderSignal.HELD, orderId, blockingCases, null));
    }

    @Override
    public void release(String orderId) {
        record(new Signal(OrderSignal.RELEASED, orderId, List.of(), null));
    }

    @Override
    public void cancel(String orderId, String reason, CaseId confirmedCase) {
        record(new Signal(OrderSignal.CANCELLED, orderId, List.of(confirmedCase), reason));
    }

    @Override
    public void cancelLines(String orderId, List<String> lineIds, String reason, CaseId confirmedCase) {
        record(new Signal(OrderSignal.LINES_CANCELLED, orderId, List.of(confirmedCase), reason, lineIds));
    }

    private synchronized void record(Signal signal) {
        signals.add(signal);
    }

    /** @return every signal received, oldest first, as an immutable copy */
    public synchronized List<Signal> signals() {
        return List.copyOf(signals);
    }

    /**
     * @param orderId an order
     * @return the signals received for that order, oldest first
     */
    public synchronized List<Signal> signals(String orderId) {
        return signals.stream().filter(s -> s.orderId().equals(orderId)).toList();
    }

    /** Forgets every signal received. */
    public synchronized void clear() {
        signals.clear();
    }
}
