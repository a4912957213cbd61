package io.omsexception.channels;

import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.Set;

/** The argument and builder checks of the channels, worded as the handling module words them. */
final class Settings {
    private Settings() {
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidFieldException(name, "is required");
        }
        return value;
    }

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(name, "is required");
        }
        return value;
    }

    /** A key, token or secret: not blank, no white space (a pasted key with a trailing newline is refused). */
    static String secret(String value, String name) {
        text(value, name);
        if (!value.strip().equals(value) || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidFieldException(name, "must not contain white space");
        }
        return value;
    }

    static Duration positive(Duration value, String name) {
        required(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidFieldException(name, "must be positive but was " + value);
        }
        return value;
    }

    static void once(Set<String> given, String setting) {
        if (!given.add(setting)) {
            throw new IllegalStateException(setting + " was already set");
        }
    }

    /** {@code zh} or {@code en}, or another language of the texts (titles then stay English). */
    static String language(String value) {
        text(value, "language");
        if (!value.matches("[A-Za-z]{2,8}(_[A-Za-z0-9]{1,8})*")) {
            throw new InvalidFieldException("language", "must be a language code such as zh or en but was '" + value + "'");
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }
}
