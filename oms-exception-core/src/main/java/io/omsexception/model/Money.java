package io.omsexception.model;

import java.math.BigDecimal;

/**
 * The limits every amount of the model keeps (prices, totals, paid and refunded amounts, average
 * order amounts, and weights, which share the rule): never negative, below 10^15 (at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point) and at most {@value #MAX_SCALE}
 * decimal places. CNY amounts have 2 decimal places; 6 leave room for unit prices of bulk goods
 * and for weights in kilograms.
 *
 * <p>The limits are fixed, not configurable: they keep every computation on amounts cheap (a
 * value like {@code 1E+100000000} is refused before any arithmetic) and every accepted amount
 * writable as a plain decimal. The model's constructors check them, so a JSON reader and a Java
 * caller get the same error. See {@code docs/limits-and-errors.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Money {
    /** The most digits an amount may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most decimal places an amount may have, trailing zeros included. */
    public static final int MAX_SCALE = 6;
    /** The largest amount: {@code 999999999999999.999999}. */
    public static final BigDecimal MAX = new BigDecimal("999999999999999.999999");
    /** The longest text {@link #parse} reads: longer texts are refused before any parsing. */
    public static final int MAX_TEXT_LENGTH = 40;
    /** Longer numbers are shown in messages by their number of digits only. */
    private static final int SHOWN_DIGITS = 40;

    private Money() {
    }

    /**
     * Checks an amount against the limits of the class description, cheaply whatever its size.
     *
     * @param value the amount, or null (then nothing is checked)
     * @param field the field's path for the error, for example {@code totalAmount}, never null
     * @return the amount; one with a negative scale ({@code 1E+3}) comes back as the same number
     *     with scale 0 ({@code 1000}), so that it reads back equal once written; null for null
     * @throws InvalidFieldException naming the field: {@code must not be negative},
     *     {@code must be at most 999999999999999.999999 but was 1E+100000000} or
     *     {@code must have at most 6 decimal places but was 0.1234567}
     */
    public static BigDecimal check(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        // precision - scale is the number of digits before the point (for 0E+20: 21); as a long,
        // since both are ints of any sign.
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidFieldException(field, "must be at most " + MAX.toPlainString() + " but was " + shown(value));
        }
        if (value.scale() > MAX_SCALE) {
            throw new InvalidFieldException(field, "must have at most " + MAX_SCALE + " decimal places but was " + shown(value));
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Reads an amount written as text, strictly: an optional sign, ASCII digits with an optional
     * decimal point, and an optional exponent ({@code 199.00}, {@code 1.5e3}); no spaces, no
     * grouping, no other digits than 0 to 9 (full-width {@code １２３} is refused). Only the
     * syntax is checked here: {@link #check} checks the limits.
     *
     * @param text the text, or null
     * @param field the field's path for the error, for example {@code totalAmount}, never null
     * @return the amount, or null for null
     * @throws InvalidFieldException naming the field: {@code must be a decimal number but was 'abc'},
     *     or {@code must be a decimal number of at most 40 characters but was '...'} for a longer text
     */
    public static BigDecimal parse(String text, String field) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidFieldException(field, "must be a decimal number of at most " + MAX_TEXT_LENGTH
                    + " characters but was " + Texts.quoted(text));
        }
        if (isDecimal(text)) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                // an exponent beyond an int: refused below
            }
        }
        throw new InvalidFieldException(field, "must be a decimal number but was " + Texts.quoted(text));
    }

    /** @return whether the text is {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?} in ASCII */
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * @param value a number, never null
     * @return the number as a message shows it: its {@link BigDecimal#toString()} when it has at
     *     most 40 digits, else {@code a number of N digits}
     */
    static String shown(BigDecimal value) {
        int digits = value.precision();
        return digits <= SHOWN_DIGITS ? value.toString() : "a number of " + digits + " digits";
    }
}
