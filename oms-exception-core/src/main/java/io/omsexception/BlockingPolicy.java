package io.omsexception;

/**
 * Whether a finding stops fulfilment. Declared per code in the pack's {@code codes.properties}
 * ({@code CODE.blocking}) as {@code true}, {@code false} or {@code UNTIL_SHIPPED}.
 */
public enum BlockingPolicy {
    /** The order must not go on to picking or shipment while the finding is open. */
    ALWAYS,
    /** Advisory: the order flows on. */
    NEVER,
    /** Blocking while nothing of the order has shipped, advisory afterwards. */
    UNTIL_SHIPPED;

    /**
     * @param shipped whether something of the order has shipped
     * @return whether a finding with this policy blocks the order
     */
    public boolean blocks(boolean shipped) {
        return this == ALWAYS || (this == UNTIL_SHIPPED && !shipped);
    }

    /**
     * @param text {@code true}, {@code false} or {@code UNTIL_SHIPPED} (case-insensitive)
     * @return the policy
     * @throws IllegalArgumentException when the text is none of them
     */
    public static BlockingPolicy parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("ALWAYS")) {
            return ALWAYS;
        }
        if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("NEVER")) {
            return NEVER;
        }
        if (t.equalsIgnoreCase("UNTIL_SHIPPED")) {
            return UNTIL_SHIPPED;
        }
        throw new IllegalArgumentException("must be true, false or UNTIL_SHIPPED but was '" + text + "'");
    }
}
