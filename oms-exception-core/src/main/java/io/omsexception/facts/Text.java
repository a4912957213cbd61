package io.omsexception.facts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text derivations shared by the facts: blankness, phones, keywords. */
final class Text {
    private static final Pattern CN_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern CN_LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+?\\d{7,15}");

    private Text() {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
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
            boolean separator = Character.isWhitespace(c) || c == '-' || c == '.' || c == '(' || c == ')'
                    || c == '（' || c == '）';
            if (separator && out == null) {
                out = new StringBuilder(phone.length()).append(phone, 0, i);
            } else if (!separator && out != null) {
                out.append(c);
            }
        }
        return out == null ? phone : out.toString();
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
        String compact = withoutChinaPrefix(stripSeparators(phone));
        StringBuilder digits = new StringBuilder(compact.length());
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    static boolean isValidPhone(String phone, boolean china) {
        String compact = stripSeparators(phone);
        if (china) {
            String national = withoutChinaPrefix(compact);
            return CN_MOBILE.matcher(national).matches() || CN_LANDLINE.matcher(national).matches();
        }
        return INTERNATIONAL.matcher(compact).matches();
    }

    /** Every keyword found in the text, once, in list order: Latin keywords as whole words, case-insensitive; others anywhere. */
    static List<String> findKeywords(String text, List<String> keywords) {
        if (isBlank(text)) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new java.util.ArrayList<>(1);
        for (String keyword : keywords) {
            String k = keyword.toLowerCase(Locale.ROOT);
            if (!k.isEmpty() && (isLatin(k) ? containsWord(lower, k) : lower.contains(k)) && !found.contains(keyword)) {
                found.add(keyword);
            }
        }
        return List.copyOf(found);
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            if ((at == 0 || !isAsciiAlnum(text.charAt(at - 1)))
                    && (end == text.length() || !isAsciiAlnum(text.charAt(end)))) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Whether the trimmed text is one code point repeated at least {@code min} times. */
    static boolean isOneCharacterRepeated(String text, int min) {
        if (isBlank(text)) {
            return false;
        }
        int[] cps = text.trim().codePoints().toArray();
        if (cps.length < min) {
            return false;
        }
        for (int cp : cps) {
            if (cp != cps[0]) {
                return false;
            }
        }
        return true;
    }
}
