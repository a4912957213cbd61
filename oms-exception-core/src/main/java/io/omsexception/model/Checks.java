package io.omsexception.model;

import java.math.BigDecimal;
import java.util.List;

/** Field checks shared by the model's constructors; messages are part of the public contract. */
final class Checks {
    private Checks() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** See {@link Texts#check}: valid Unicode. */
    static String text(String value, String field) {
        return Texts.check(value, field);
    }

    /** See {@link Money#check}: the amount, with a negative scale made 0. */
    static BigDecimal money(BigDecimal value, String field) {
        return Money.check(value, field);
    }

    static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        return value;
    }

    static Integer positive(Integer value, String field) {
        if (value != null && value <= 0) {
            throw new InvalidFieldException(field, "must be greater than 0");
        }
        return value;
    }

    static Integer between(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidFieldException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** The line ids of a parcel or refund: none null or blank, none twice; null is empty. */
    static List<String> lineIds(List<String> values, String field) {
        List<String> ids = list(values, field);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            required(id, field + "[" + i + "]");
            text(id, field + "[" + i + "]");
            if (!seen.add(id)) {
                throw new InvalidFieldException(field + "[" + i + "]", "names line " + Texts.quoted(id) + " twice");
            }
        }
        return ids;
    }
}
