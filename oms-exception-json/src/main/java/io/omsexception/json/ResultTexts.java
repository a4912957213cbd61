package io.omsexception.json;

import java.util.List;
import java.util.Locale;

/**
 * How a result document carries the findings' texts (guidance for staff, message for the
 * customer). {@link #INLINE}, the default, repeats both languages in every finding of the full
 * form, byte for byte as the contract always did; the others carry them <em>by reference</em> in
 * the compact form: a finding holds its code only, one {@code "texts"} table after the errors
 * gives each code's texts once, in the languages chosen ({@link #NONE}: no texts at all), the
 * {@code rulesVersion} is written once for the document and a clean result as its
 * {@code orderId} alone. See docs/order-json.md, "Texts by reference: the compact form".
 *
 * <p>Immutable and thread-safe.
 */
public enum ResultTexts {
    /** Both languages in every finding ({@code guidance}, {@code customerMessage}); the default. */
    INLINE(List.of("zh", "en")),
    /** No texts: findings carry codes only, and no table is written. */
    NONE(List.of()),
    /** By reference, Chinese only. */
    ZH(List.of("zh")),
    /** By reference, English only. */
    EN(List.of("en")),
    /** By reference, Chinese and English. */
    BOTH(List.of("zh", "en"));

    private final List<String> languages;

    ResultTexts(List<String> languages) {
        this.languages = languages;
    }

    /** @return the languages written, in order; empty for {@link #NONE} */
    public List<String> languages() {
        return languages;
    }

    /**
     * @return whether findings refer to a texts table by code instead of holding their texts, and
     *     the document is the compact form
     */
    public boolean byReference() {
        return this != INLINE;
    }

    /**
     * @param value {@code inline}, {@code none}, {@code zh}, {@code en} or {@code both}, case-insensitive
     * @param what what names the value in a message, for example {@code --texts}
     * @return the mode
     * @throws IllegalArgumentException naming {@code what} when the value is null or none of those
     */
    public static ResultTexts parse(String value, String what) {
        if (value != null) {
            for (ResultTexts t : values()) {
                if (t.name().equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException(what + " must be one of inline, none, zh, en, both but was '" + value + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
