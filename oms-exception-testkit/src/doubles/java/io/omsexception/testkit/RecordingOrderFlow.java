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
     * @param action {@link OrderSignal#HELD}, {@link OrderSignal#RELEASED} or
     *     {@link OrderSignal#CANCELLED}
     * @param orderId the order
     * @param cases the blocking cases (hold), the confirmed case (cancel), or empty (release)
     * @param reason the cancellation reason; null for hold and release
     */
    public record Signal(OrderSignal action, String orderId, List<CaseId> cases, String reason) {

        /** Copies the cases. */
        public Signal {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(orderId, "orderId");
            cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
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
