package io.omsexception;

import java.util.regex.Pattern;

/**
 * The one definition of the names oms-exception spells in upper snake case: exception codes
 * ({@code PAYMENT_TIMEOUT}), departments and categories ({@code FINANCE}, {@code CROSS_BORDER}) and
 * the handling layer's mark reasons: a capital letter, then capitals and digits in words joined by
 * single underscores, at most {@value #MAX_LENGTH} characters.
 *
 * <p>Stateless and thread-safe.
 */
public final class UpperSnakeCase {
    /** The longest name accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private UpperSnakeCase() {
    }

    /**
     * @param text a candidate name, or null
     * @return whether it is upper snake case of at most {@value #MAX_LENGTH} characters; false for null
     */
    public static boolean matches(String text) {
        return text != null && text.length() <= MAX_LENGTH && NAME.matcher(text).matches();
    }
}
