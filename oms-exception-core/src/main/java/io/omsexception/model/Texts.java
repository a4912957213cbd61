package io.omsexception.model;

/**
 * The rules every text of the model keeps, and how error messages show a value the input gave.
 *
 * <p>Every text must be valid Unicode: no lone surrogate (half of a UTF-16 pair, which no UTF-8
 * document can hold) and no noncharacter (U+FFFE, U+FFFF and the like, which XML refuses or
 * discourages). An order id must moreover hold no control character, so that it cannot forge a log
 * line or steer a terminal. The model's constructors check these rules; JSON readers report the
 * JSON path.
 *
 * <p>A message is logged, printed and written into result documents, so a value it shows is
 * escaped and cut ({@link #quoted}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Texts {
    /** The characters of a value a message shows; a longer value is cut and its length given. */
    public static final int SHOWN_CHARACTERS = 60;
    private static final String CONTROL = "must not contain control characters";

    private Texts() {
    }

    /**
     * Checks that a text is valid Unicode.
     *
     * @param value the text, or null (then nothing is checked)
     * @param field the field's path for the error, for example {@code lines[0].sku}, never null
     * @return the text
     * @throws InvalidFieldException naming the field, for example
     *     {@code must be valid Unicode text (lone surrogate at index 3)} or
     *     {@code must be valid Unicode text (noncharacter U+FFFF at index 0)}; indexes count UTF-16
     *     units from 0
     */
    public static String check(String value, String field) {
        String problem = value == null ? null : problem(value, false);
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
        return value;
    }

    /**
     * Checks that a text is valid Unicode and fits on one line: no control character (C0 and C1,
     * among them newline, carriage return, tab and escape; DEL), no line or paragraph separator
     * (U+2028, U+2029).
     *
     * @param value the text, or null (then nothing is checked)
     * @param field the field's path for the error, for example {@code orderId}, never null
     * @return the text
     * @throws InvalidFieldException naming the field: {@code must not contain control characters},
     *     or as {@link #check}
     */
    public static String checkLine(String value, String field) {
        String problem = value == null ? null : problem(value, true);
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
        return value;
    }

    /**
     * @param value a text, or null
     * @return whether it is non-null and passes {@link #checkLine}
     */
    public static boolean isValidLine(String value) {
        return value != null && problem(value, true) == null;
    }

    /** @return what is wrong with the text, or null */
    private static String problem(String s, boolean line) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && line) {
                return CONTROL;
            }
            if (c < 0x7F) {
                continue; // the common case, printable ASCII
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                if (isNoncharacter(cp)) {
                    return "must be valid Unicode text (noncharacter U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
                            + " at index " + i + ")";
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (lone surrogate at index " + i + ")";
            } else if (isNoncharacter(c)) {
                return "must be valid Unicode text (noncharacter U+" + hex(c) + " at index " + i + ")";
            } else if (line && isControl(c)) {
                return CONTROL;
            }
        }
        return null;
    }

    /**
     * Shows a value in a message: in single quotes, with every control character, line or
     * paragraph separator, lone surrogate and noncharacter written as {@code \}{@code uXXXX},
     * and cut after {@value #SHOWN_CHARACTERS} characters, for example {@code 'PAYED'},
     * {@code '\}{@code u001B[31mSO-1'} or {@code 'aaaa...' (25000000 characters)}.
     *
     * @param value the value, never null
     * @return the value as a message shows it
     */
    public static String quoted(String value) {
        int end = value.length();
        boolean cut = end > SHOWN_CHARACTERS;
        if (cut) {
            end = SHOWN_CHARACTERS;
            if (Character.isHighSurrogate(value.charAt(end - 1))) {
                end--; // never split a pair
            }
        }
        StringBuilder b = new StringBuilder(end + 32).append('\'');
        escape(b, value, end);
        return b.append(cut ? "...' (" + value.length() + " characters)" : "'").toString();
    }

    /**
     * Escapes what {@link #quoted} escapes, without quoting or cutting: for texts of the program
     * that may hold a piece of the input, such as a JSON parser's message.
     *
     * @param text the text, never null
     * @return the text with every control character, line or paragraph separator, lone surrogate
     *     and noncharacter written as {@code \}{@code uXXXX}
     */
    public static String escaped(String text) {
        return escape(new StringBuilder(text.length() + 16), text, text.length()).toString();
    }

    private static StringBuilder escape(StringBuilder b, String value, int end) {
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (isNoncharacter(Character.toCodePoint(c, value.charAt(i + 1)))) {
                    escape(b, c);
                    escape(b, value.charAt(i + 1));
                } else {
                    b.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c) || isNoncharacter(c) || isControl(c)) {
                escape(b, c);
            } else {
                b.append(c);
            }
        }
        return b;
    }

    private static StringBuilder escape(StringBuilder b, char c) {
        return b.append("\\u").append(hex(c));
    }

    private static String hex(char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }

    /**
     * @param codePoint a code point
     * @return whether Unicode reserves it as a noncharacter: U+FDD0 to U+FDEF, and the last two
     *     code points of every plane (U+FFFE, U+FFFF, U+1FFFE...)
     */
    static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * @param c a character
     * @return whether it breaks or steers a line: a C0 or C1 control character (newline, escape,
     *     DEL...) or the line or paragraph separator U+2028, U+2029
     */
    static boolean isControl(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
