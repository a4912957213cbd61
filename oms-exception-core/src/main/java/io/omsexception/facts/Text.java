package io.omsexception.facts;

import java.util.List;
import java.util.regex.Pattern;

/** Text derivations shared by the facts: blankness, masking, phones, house numbers, keywords. */
final class Text {
    /**
     * A CN mobile followed by an extension: the main number (with separators, after an optional
     * +86/0086), then {@code -}, {@code _}, {@code ,}, {@code ，}, {@code #}, {@code 转} or
     * {@code ext}, then 1 to 6 digits. The main part is greedy, so the last separator splits.
     */
    private static final Pattern EXTENSION = Pattern.compile("(.*\\d)\\s*(-|_|,|，|#|转|(?i:ext)\\.?)\\s*(\\d{1,6})\\s*");

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
     * The extension of a phone, or null: the digits after an extension separator, when the part
     * before it is a CN mobile (after dropping separators and an optional +86/0086), or when the
     * separator cannot be a digit group separator (anything but {@code -}).
     */
    static String extension(String phone) {
        Extension e = splitExtension(phone);
        return e == null ? null : e.digits();
    }

    /**
     * A phone split at its {@link #extension}.
     *
     * @param main the main number, as written (separators kept)
     * @param digits the extension's digits
     */
    record Extension(String main, String digits) {
    }

    /**
     * The phone split into its main number and {@link #extension}, or null when it has none: the
     * expression runs once, and only when the phone holds a separator it needs.
     */
    static Extension splitExtension(String phone) {
        if (isBlank(phone) || !mayHaveExtension(phone)) {
            return null;
        }
        java.util.regex.Matcher m = EXTENSION.matcher(phone.strip());
        if (!m.matches()) {
            return null;
        }
        boolean mainIsMobile = isCnMobile(withoutChinaPrefix(stripSeparators(m.group(1))));
        return mainIsMobile || !m.group(2).equals("-") ? new Extension(m.group(1), m.group(3)) : null;
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

    /** The phone without its {@link #extension}, or the phone itself when it has none. */
    static String mainNumber(String phone) {
        Extension e = splitExtension(phone);
        return e == null ? phone : e.main();
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
        if (isBlank(phone)) {
            return null;
        }
        // one pass over the phone: without separators (as stripSeparators), then the prefix, then digits only
        int n = phone.length();
        char[] compact = new char[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = phone.charAt(i);
            if (!isSeparator(c)) {
                compact[length++] = c;
            }
        }
        int from = startsWith(compact, length, "+86") ? 3 : startsWith(compact, length, "0086") ? 4 : 0;
        int digits = 0;
        for (int i = from; i < length; i++) {
            char c = compact[i];
            if (c >= '0' && c <= '9') {
                compact[digits++] = c;
            }
        }
        return digits == n ? phone : new String(compact, 0, digits);
    }

    private static boolean startsWith(char[] chars, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isValidPhone(String phone, boolean china) {
        return isValidPhone(phone, china, china ? splitExtension(phone) : null);
    }

    /**
     * @param phone the phone, not blank
     * @param china whether the destination is China
     * @param extension the phone's {@link #splitExtension}, or null; ignored outside China
     */
    static boolean isValidPhone(String phone, boolean china, Extension extension) {
        if (china && extension != null) {
            return isCnMobile(withoutChinaPrefix(stripSeparators(extension.main())));
        }
        String compact = stripSeparators(phone);
        if (china) {
            String national = withoutChinaPrefix(compact);
            return isCnMobile(national) || isCnLandline(national);
        }
        return isInternational(compact);
    }

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
