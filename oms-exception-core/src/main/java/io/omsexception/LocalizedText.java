package io.omsexception;

import java.util.Objects;

/**
 * A text in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zh the Chinese text, never null
 * @param en the English text, never null
 */
public record LocalizedText(String zh, String en) {

    /** Refuses null texts. */
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * @param language {@code zh} or anything else for English
     * @return the text in that language
     */
    public String in(String language) {
        return "zh".equalsIgnoreCase(language) ? zh : en;
    }
}
