package io.omsexception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A text in several languages: always Chinese ({@code zh}) and English ({@code en}), and any
 * number of others (a pack adds one with a {@code texts_xx.properties} file).
 *
 * <p>Languages are codes such as {@code zh}, {@code en}, {@code ja} or {@code zh_tw}: lower-case
 * letters and digits, parts joined by {@code _}; they are compared case-insensitively and kept in
 * lower case. Two texts are equal when they hold the same texts in the same languages.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizedText {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}(_[a-z0-9]{1,8})*");

    /** By language: zh, en, then the others in alphabetical order. */
    private final Map<String, String> texts;

    /**
     * @param zh the Chinese text, never null
     * @param en the English text, never null
     * @throws NullPointerException when a text is null
     */
    public LocalizedText(String zh, String en) {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        Map<String, String> m = new LinkedHashMap<>(4);
        m.put("zh", zh);
        m.put("en", en);
        this.texts = Collections.unmodifiableMap(m);
    }

    private LocalizedText(Map<String, String> ordered) {
        this.texts = Collections.unmodifiableMap(ordered);
    }

    /**
     * @param texts the text of each language, by language code; must hold {@code zh} and
     *     {@code en}; not kept
     * @return the text in those languages
     * @throws NullPointerException when the map, a language or a text is null
     * @throws IllegalArgumentException when {@code zh} or {@code en} is missing, a language code is
     *     malformed or given twice in different case
     */
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        Map<String, String> byLanguage = new TreeMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String language = language(e.getKey());
            String text = Objects.requireNonNull(e.getValue(), () -> "text of " + language);
            if (byLanguage.put(language, text) != null) {
                throw new IllegalArgumentException("language " + language + ": given twice");
            }
        }
        if (!byLanguage.containsKey("zh") || !byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("a localized text needs zh and en but has " + byLanguage.keySet());
        }
        Map<String, String> ordered = new LinkedHashMap<>(byLanguage.size());
        ordered.put("zh", byLanguage.remove("zh"));
        ordered.put("en", byLanguage.remove("en"));
        ordered.putAll(byLanguage);
        return new LocalizedText(ordered);
    }

    /**
     * @param language a candidate language code, never null
     * @return it in lower case
     * @throws IllegalArgumentException when it is not a language code such as {@code ja} or {@code zh_tw}
     */
    static String language(String language) {
        String l = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(l).matches()) {
            throw new IllegalArgumentException("language '" + language
                    + "': must be a language code such as zh, en, ja or zh_tw");
        }
        return l;
    }

    /** @return the Chinese text, never null */
    public String zh() {
        return texts.get("zh");
    }

    /** @return the English text, never null */
    public String en() {
        return texts.get("en");
    }

    /**
     * @param language a language code, case-insensitive; null means English
     * @return the text in that language, or the English text when there is none in it; never null
     */
    public String in(String language) {
        if (language == null) {
            return en();
        }
        String t = texts.get(language.toLowerCase(Locale.ROOT));
        return t != null ? t : en();
    }

    /**
     * @param language a language code, case-insensitive, never null
     * @return the text in exactly that language, or empty when there is none in it
     */
    public Optional<String> text(String language) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT)));
    }

    /** @return the languages, {@code zh} and {@code en} first, then the others alphabetically; unmodifiable */
    public List<String> languages() {
        return Collections.unmodifiableList(new ArrayList<>(texts.keySet()));
    }

    /** @return every text by language, in the order of {@link #languages()}; unmodifiable */
    public Map<String, String> asMap() {
        return texts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && t.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    /** @return for example {@code LocalizedText[zh=请付款, en=Please pay]} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("LocalizedText[");
        texts.forEach((language, text) -> {
            if (b.length() > "LocalizedText[".length()) {
                b.append(", ");
            }
            b.append(language).append('=').append(text);
        });
        return b.append(']').toString();
    }
}
