package io.omsexception.facts;

import java.util.List;

/** Text derivations shared by the facts: blankness, masking, phones, house numbers, keywords. */
final class Text {
    private Text() {
    }

    static boolean isBlank(String s) {
        if (s == null || s.isEmpty()) {
            return true;
        }
        // what String.isBlank gives, without the code point look-up for the usual first character:
        // nothing from '!' up to U+167F and nothing above U+3000 is white space
        char c = s.charAt(0);
        return !(c > ' ' && c < 0x1680 || c > 0x3000) && s.isBlank();
    }

    /** Whether the text holds two or more consecutive {@code *} or {@code ＊}: a desensitised value. */
    static boolean isMasked(String s) {
        if (s == null) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c == '*' || c == '＊' ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phone split at its extension: the digits after an extension separator, when the part
     * before it is a CN mobile (after dropping separators and an optional +86/0086), or when the
     * separator cannot be a digit group separator (anything but {@code -}).
     *
     * @param main the main number, as written (separators kept)
     * @param digits the extension's digits
     */
    record Extension(String main, String digits) {
    }

    /**
     * The phone split into its main number and {@link Extension extension}, or null when it has none. The
     * stripped phone reads, from its end: ASCII white space, 1 to 6 ASCII digits (the extension),
     * white space, a separator ({@code -}, {@code _}, {@code ,}, {@code ，}, {@code #}, {@code 转},
     * or {@code ext} or {@code ext.} in any case), white space, and the main number, which ends
     * with a digit and holds no line break; the last separator splits. Scanned by hand, not by an
     * expression (it runs for every phone with a dash).
     */
    static Extension splitExtension(String phone) {
        if (isBlank(phone) || !mayHaveExtension(phone)) {
            return null;
        }
        String t = phone.strip();
        int end = skipSpaceBack(t, t.length());
        int digitsStart = end;
        while (digitsStart > 0 && isAsciiDigit(t.charAt(digitsStart - 1))) {
            digitsStart--;
        }
        int digits = end - digitsStart;
        if (digits < 1 || digits > 6) {
            return null;
        }
        int sepEnd = skipSpaceBack(t, digitsStart);
        int sepStart = separatorStart(t, sepEnd);
        if (sepStart < 0) {
            return null;
        }
        int mainEnd = skipSpaceBack(t, sepStart);
        if (mainEnd == 0 || !isAsciiDigit(t.charAt(mainEnd - 1))) {
            return null;
        }
        String main = t.substring(0, mainEnd);
        for (int i = 0; i < mainEnd; i++) {
            char c = main.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        boolean dash = sepEnd - sepStart == 1 && t.charAt(sepStart) == '-';
        boolean mainIsMobile = isCnMobile(withoutChinaPrefix(stripSeparators(main)));
        return mainIsMobile || !dash ? new Extension(main, t.substring(digitsStart, end)) : null;
    }

    /** Where the separator that ends at {@code end} starts, or -1 when none ends there. */
    private static int separatorStart(String t, int end) {
        if (end == 0) {
            return -1;
        }
        char c = t.charAt(end - 1);
        switch (c) {
            case '-', '_', ',', '，', '#', '转' -> {
                return end - 1;
            }
            case '.' -> {
                return isExt(t, end - 1) ? end - 4 : -1;
            }
            default -> {
                return isExt(t, end) ? end - 3 : -1;
            }
        }
    }

    /** Whether {@code ext}, in any case, ends at {@code end}. */
    private static boolean isExt(String t, int end) {
        return end >= 3 && (t.charAt(end - 3) | 0x20) == 'e' && (t.charAt(end - 2) | 0x20) == 'x'
                && (t.charAt(end - 1) | 0x20) == 't';
    }

    /** The position before the ASCII white space ({@code \s}: space, tab, line feed, VT, form feed, CR) that ends at {@code end}. */
    private static int skipSpaceBack(String t, int end) {
        while (end > 0) {
            char c = t.charAt(end - 1);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                break;
            }
            end--;
        }
        return end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the phone holds a character that {@link #EXTENSION} needs as its separator: without
     * one (most phones) the expression cannot match, and is not run.
     */
    private static boolean mayHaveExtension(String phone) {
        for (int i = 0; i < phone.length(); i++) {
            switch (phone.charAt(i)) {
                case '-', '_', ',', '，', '#', '转', 't', 'T' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * Whether a CN detail line holds a house number: an ASCII or full-width digit, or a Chinese
     * numeral directly followed by 号 栋 幢 座 楼 单元 室 弄 巷 层 or 组.
     */
    static boolean hasChineseHouseNumber(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
            if (c >= 0x3007 && isChineseNumeral(c) && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (isHouseNumberUnit(next) || s.startsWith("单元", i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text holds one of the markers; false when blank. */
    static boolean containsAny(String text, List<String> markers) {
        if (isBlank(text)) {
            return false;
        }
        for (String m : markers) {
            if (!m.isEmpty() && text.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** One of 零〇一二三四五六七八九十百千两. */
    private static boolean isChineseNumeral(char c) {
        return switch (c) {
            case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '两' -> true;
            default -> false;
        };
    }

    /** One of 号栋幢座楼室弄巷层组 (单元 is two characters and checked apart). */
    private static boolean isHouseNumberUnit(char c) {
        return switch (c) {
            case '号', '栋', '幢', '座', '楼', '室', '弄', '巷', '层', '组' -> true;
            default -> false;
        };
    }

    static boolean hasDigit(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String stripSeparators(String phone) {
        StringBuilder out = null;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            boolean separator = isSeparator(c);
            if (separator && out == null) {
                out = new StringBuilder(phone.length()).append(phone, 0, i);
            } else if (!separator && out != null) {
                out.append(c);
            }
        }
        return out == null ? phone : out.toString();
    }

    /** The characters {@link #stripSeparators} drops: whitespace, {@code - . ( )} and full-width parentheses. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '.' || c == '(' || c == ')' || c == '（' || c == '）';
    }

    static String withoutChinaPrefix(String compact) {
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        if (compact.startsWith("0086")) {
            return compact.substring(4);
        }
        return compact;
    }

    /** Digits only, without a +86/0086 prefix: the form blacklists are compared in. */
    static String normalisePhone(String phone) {
        // the one definition of the form: ContactFacts composes the same three steps on an order's phone
        return isBlank(phone) ? null : digitsOnly(withoutChinaPrefix(stripSeparators(phone)));
    }

    /** The ASCII digits of the text, in order; the text itself when it holds nothing else. */
    static String digitsOnly(String s) {
        int n = s.length();
        char[] digits = null;
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && digits == null) {
                digits = new char[n];
                s.getChars(0, i, digits, 0);
                length = i;
            } else if (digit && digits != null) {
                digits[length++] = c;
            }
        }
        return digits == null ? s : new String(digits, 0, length);
    }

    /**
     * @param phone the phone, not blank
     * @param china whether the destination is China
     * @param extension the phone's {@link #splitExtension}, or null; ignored outside China
     */
    /** {@code 1[3-9]\d{9}}, without an expression. */
    static boolean isCnMobile(String s) {
        return s.length() == 11 && s.charAt(0) == '1' && s.charAt(1) >= '3' && s.charAt(1) <= '9' && allDigits(s, 2);
    }

    /** {@code 0\d{2,3}\d{7,8}}: a 0 and 9 to 11 digits, without an expression. */
    static boolean isCnLandline(String s) {
        return s.length() >= 10 && s.length() <= 12 && s.charAt(0) == '0' && allDigits(s, 1);
    }

    /** {@code \+?\d{7,15}}, without an expression. */
    static boolean isInternational(String s) {
        int from = s.startsWith("+") ? 1 : 0;
        int digits = s.length() - from;
        return digits >= 7 && digits <= 15 && allDigits(s, from);
    }

    /** Whether every character from {@code from} on is an ASCII digit (what {@code \d} matches). */
    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the trimmed text is one code point repeated at least {@code min} times. */
    static boolean isOneCharacterRepeated(String text, int min) {
        if (isBlank(text)) {
            return false;
        }
        String t = text.trim();
        int first = t.codePointAt(0);
        int count = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (cp != first) {
                return false;
            }
            count++;
            i += Character.charCount(cp);
        }
        return count >= min;
    }
}
