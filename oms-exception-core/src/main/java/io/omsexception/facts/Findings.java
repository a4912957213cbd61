package io.omsexception.facts;

/**
 * Where rules report what they find: the global {@code findings} of every rule pack
 * ({@code global io.omsexception.facts.Findings findings;}). The engine knows which rule is
 * firing, so the code comes from that rule's {@code @code} and its attributes from the pack's
 * catalog; the consequence only names the order and the evidence.
 *
 * <p>A rule may fire several times for one order (once per line, SKU or refund): the engine
 * merges them into one finding per code per order, whose evidence holds every key given. When two
 * firings give the same key different values, the evidence holds the list of distinct values.
 *
 * <p>Implementations belong to the engine; each session has its own, used by one thread.
 */
public interface Findings {

    /**
     * Raises the firing rule's code on an order.
     *
     * @param order the order the finding is about, never null
     * @param evidence alternating keys (field paths, for example {@code "payment.riskScore"} or
     *     {@code "lines[2].sku"}, or threshold names such as {@code "thresholdMinutes"}) and values
     *     (strings, numbers, booleans, enums, times; null is written as null)
     * @throws IllegalArgumentException when the evidence does not come in key-value pairs
     */
    void raise(OrderFacts order, Object... evidence);
}
