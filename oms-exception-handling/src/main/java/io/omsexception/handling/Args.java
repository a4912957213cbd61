package io.omsexception.handling;

import io.omsexception.model.InvalidFieldException;

/** Argument checks of the handling layer; every message names the argument. */
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
}
