package io.omsexception;

/** How urgent a finding is: {@code P1} is the most urgent, {@code P4} the least. */
public enum Priority {
    /** Act now: money, fraud or stock at stake. */
    P1,
    /** Act within hours. */
    P2,
    /** Act within the working day. */
    P3,
    /** Routine. */
    P4;

    /** @return the next more urgent priority; {@code P1} stays {@code P1} */
    public Priority raised() {
        return this == P1 ? P1 : values()[ordinal() - 1];
    }

    /**
     * @param text {@code P1}..{@code P4} or {@code 1}..{@code 4}
     * @return the priority
     * @throws IllegalArgumentException when the text is neither
     */
    public static Priority parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        for (Priority p : values()) {
            if (p.name().equals(t) || p.name().substring(1).equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("must be one of P1, P2, P3, P4 but was '" + text + "'");
    }
}
