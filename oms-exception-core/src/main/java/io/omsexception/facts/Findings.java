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

    /**
     * Raises the firing rule's code on the order of a line, about that line: the finding's
     * {@code lines} and {@code skus} then hold the line's position and SKU, as data a host can
     * use without reading evidence keys.
     *
     * @param line the line the finding is about, never null
     * @param evidence alternating keys and values, as for {@link #raise(OrderFacts, Object...)}
     * @throws IllegalArgumentException when the evidence does not come in key-value pairs
     */
    void raiseOnLine(LineFacts line, Object... evidence);

    /**
     * Raises the firing rule's code on the order of an SKU, about that SKU and the non-presale
     * lines whose quantities {@link SkuFacts#getQuantity()} adds up.
     *
     * @param sku the SKU the finding is about, never null
     * @param evidence alternating keys and values, as for {@link #raise(OrderFacts, Object...)}
     * @throws IllegalArgumentException when the evidence does not come in key-value pairs
     */
    void raiseOnSku(SkuFacts sku, Object... evidence);
}
