package io.omsexception;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to do about a finding, as data: a type and its parameters, bound from the finding's
 * evidence and the order when the order is evaluated (see {@link ActionTemplate}). Whether it
 * runs by itself, is proposed to staff or never runs is the host's policy, not the finding's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what to do, never null
 * @param parameters its parameters by name, in declaration order; values are strings, numbers,
 *     booleans or lists of them, never null (a value the order cannot give leaves its parameter
 *     out)
 */
public record Action(ActionType type, Map<String, Object> parameters) {

    /** Refuses a null type or parameters and a null value; copies the parameters keeping their order. */
    public Action {
        Objects.requireNonNull(type, "type");
        Map<String, Object> copy = new LinkedHashMap<>();
        Objects.requireNonNull(parameters, "parameters").forEach((k, v) -> {
            Objects.requireNonNull(k, "parameters: name");
            copy.put(k, Objects.requireNonNull(v, () -> "parameters." + k));
        });
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * @param name a parameter name
     * @return its value as text (a list as its elements joined by commas), or null when absent
     */
    public String text(String name) {
        Object v = parameters.get(name);
        if (v instanceof java.util.Collection<?> c) {
            return String.join(",", c.stream().map(String::valueOf).toList());
        }
        return v == null ? null : v.toString();
    }
}
