package io.omsexception.model;

/**
 * How error messages show a value the input gave: safely, whatever it holds. A message is logged,
 * printed and written into result documents, so a value that reaches it must not break a line,
 * move a terminal's cursor or make the document invalid.
 *
 * <p>Stateless and thread-safe.
 */
public final class Texts {
    /** The characters of a value a message shows; a longer value is cut and its length given. */
    public static final int SHOWN_CHARACTERS = 60;

    private Texts() {
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
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(i + 1));
                if (isNoncharacter(cp)) {
                    escape(b, c).append("\\u").append(hex(value.charAt(i + 1)));
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
        b.append(cut ? "...' (" + value.length() + " characters)" : "'");
        return b.toString();
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
