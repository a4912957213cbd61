package io.omsexception.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list parameter prepared once for the keyword searches of the facts: each keyword lower-cased
 * and marked Latin or not, and the keywords grouped by their case fold for whole-text matches, so
 * that an order's texts are searched without lower-casing a keyword again. Immutable and
 * thread-safe; made by {@link Parameters}.
 */
final class Keywords {
    static final Keywords NONE = new Keywords(List.of());

    private final String[] keywords;
    private final String[] lower;
    private final boolean[] latin;
    /** The keywords by their case fold, in list order: the candidates of {@link String#equalsIgnoreCase}. */
    private final Map<String, List<String>> byFold = new HashMap<>();
    /** The keywords by their first character, in list order: the candidates of a prefix. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final List<String> all;
    /** Whether an empty keyword is listed: every text starts with it. */
    private final boolean emptyListed;

    Keywords(List<String> list) {
        this.all = List.copyOf(list);
        this.emptyListed = list.contains("");
        for (String k : list) {
            if (!k.isEmpty()) {
                byFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>(1)).add(k);
            }
        }
        List<String> kept = new ArrayList<>(list.size());
        for (String k : list) {
            if (!k.isEmpty()) {
                kept.add(k);
            }
            byFold.computeIfAbsent(fold(k), f -> new ArrayList<>(1)).add(k);
        }
        this.keywords = kept.toArray(new String[0]);
        this.lower = new String[keywords.length];
        this.latin = new boolean[keywords.length];
        for (int i = 0; i < keywords.length; i++) {
            lower[i] = keywords[i].toLowerCase(Locale.ROOT);
            latin[i] = isLatin(lower[i]);
        }
    }

    /**
     * Every keyword found in the text, once, in list order: Latin keywords as whole words,
     * case-insensitive; others anywhere, case-insensitive.
     *
     * @param text the text, or null
     * @return the keywords found, never null
     */
    List<String> findIn(String text) {
        if (keywords.length == 0 || Text.isBlank(text)) {
            return List.of();
        }
        String t = lowerCase(text);
        List<String> found = null;
        for (int i = 0; i < keywords.length; i++) {
            String k = lower[i];
            if (latin[i] ? containsWord(t, k) : t.contains(k)) {
                if (found == null) {
                    found = new ArrayList<>(1);
                }
                if (!found.contains(keywords[i])) {
                    found.add(keywords[i]);
                }
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /**
     * @param text the text, or null
     * @return the first keyword, in list order, that the stripped text equals ignoring case
     *     ({@link String#equalsIgnoreCase}); null when none or when the text is blank
     */
    String equalTo(String text) {
        if (byFold.isEmpty() || Text.isBlank(text)) {
            return null;
        }
        String t = text.strip();
        List<String> candidates = byFold.get(fold(t));
        if (candidates != null) {
            for (String w : candidates) {
                if (t.equalsIgnoreCase(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * @param text the text, not null
     * @return the first keyword, in list order, that the text starts with; null when none
     */
    String prefixOf(String text) {
        if (emptyListed) {
            for (String k : all) {
                if (text.startsWith(k)) {
                    return k;
                }
            }
            return null;
        }
        List<String> candidates = text.isEmpty() ? null : byFirst.get(text.charAt(0));
        if (candidates != null) {
            for (String k : candidates) {
                if (text.startsWith(k)) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * What {@code toLowerCase(Locale.ROOT)} gives, without the per-character case look-ups when no
     * character can change: ASCII without capitals and CJK ideographs, which have no case.
     */
    static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80 && !isCaseless(c)) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /**
     * The case fold under which two texts of one length are {@link String#equalsIgnoreCase equal
     * ignoring case} exactly when their folds are equal: each code point upper-cased, then
     * lower-cased.
     */
    static String fold(String s) {
        boolean same = true;
        for (int i = 0; i < s.length() && same; i++) {
            char c = s.charAt(i);
            same = c < 0x80 ? c < 'A' || c > 'Z' : isCaseless(c);
        }
        if (same) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** CJK ideographs, CJK punctuation and full-width digits and punctuation before the full-width capitals: no case. */
    private static boolean isCaseless(char c) {
        return c >= 0x3000 && c <= 0x9FFF || c >= 0xFF01 && c <= 0xFF20;
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
}
