package io.omsexception.handling;

import io.omsexception.model.InvalidFieldException;
import java.util.Set;

/**
 * The argument and builder checks of the handling layer. A missing or blank argument is refused
 * with an {@link InvalidFieldException} naming it ({@code actor: is required}); a builder setting
 * given twice with an {@link IllegalStateException} naming it ({@code store was already set}).
 */
final class Args {
    private Args() {
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

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Records that a builder's setting is given, refusing it when it already was. */
    static void setOnce(Set<String> given, String setting) {
        if (!given.add(setting)) {
            throw new IllegalStateException(setting + " was already set");
        }
    }

    /** Refuses a builder's setting that another one, already given, decides. */
    static void requireUnset(Set<String> given, String setting) {
        if (given.contains(setting)) {
            throw new IllegalStateException(setting + " was already set");
        }
    }
}
