package io.omsexception.facts;

import io.omsexception.ParameterDefinition;
import io.omsexception.ParameterType;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved rule parameters of an engine, inserted once into every session so that rules
 * read thresholds by name: {@code $p : Parameters()} then
 * {@code secondsSinceCreated > $p.seconds("payment.timeoutMinutes")}.
 *
 * <p>It also hands the derived facts their {@link FactInput}s: the value of the parameter that
 * feeds each ({@link ParameterDefinition#feeds()}), or nothing when none does.
 *
 * <p>Immutable and thread-safe. Reading an undeclared name, or a name with another type, throws
 * {@link IllegalArgumentException}; the engine checks every name used in DRL when it is built.
 */
public final class Parameters {

    private final Map<String, ParameterDefinition> definitions;
    private final Map<String, Object> values;
    private final Map<String, String> texts;
    private final Map<FactInput, String> feeders = new EnumMap<>(FactInput.class);
    /** What each fact input reads, by ordinal (durations in seconds), resolved once: facts are derived per order. */
    private final Object[] inputs = new Object[FactInput.values().length];
    private final Keywords[] keywords = new Keywords[FactInput.values().length];
    /** The values again, for the look-ups of rules (one per threshold read): hashed, not linked. */
    private final Map<String, Object> lookup;
    private final Map<String, Long> durations = new HashMap<>();

    /**
     * Resolves parameters; normally done by the engine builder.
     *
     * @param definitions the declared parameters, by name
     * @param overrides values that replace the defaults, as text, by name
     * @throws IllegalArgumentException naming the parameter when an override is unknown or does not
     *     parse, or when two parameters feed the same fact input
     */
    public Parameters(Map<String, ParameterDefinition> definitions, Map<String, String> overrides) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        Map<String, String> resolvedTexts = new LinkedHashMap<>();
        for (String name : overrides.keySet()) {
            if (!definitions.containsKey(name)) {
                throw new IllegalArgumentException("parameter " + name + ": unknown; known parameters are "
                        + String.join(", ", definitions.keySet()));
            }
        }
        for (ParameterDefinition d : definitions.values()) {
            String text = overrides.getOrDefault(d.name(), d.defaultValue());
            resolved.put(d.name(), d.parse(text));
            resolvedTexts.put(d.name(), text.trim());
            if (d.feeds() != null) {
                String earlier = feeders.putIfAbsent(d.feeds(), d.name());
                if (earlier != null) {
                    throw new IllegalArgumentException("parameter " + d.name() + ": feeds " + d.feeds().key()
                            + ", which parameter " + earlier + " feeds already");
                }
            }
        }
        this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        this.values = Collections.unmodifiableMap(resolved);
        this.texts = Collections.unmodifiableMap(resolvedTexts);
        this.lookup = new HashMap<>(resolved);
        for (ParameterDefinition d : this.definitions.values()) {
            if (d.secondsPerUnit() != 0) {
                durations.put(d.name(), d.secondsPerUnit() * (Integer) resolved.get(d.name()));
            }
        }
        for (FactInput input : FactInput.values()) {
            String name = feeders.get(input);
            Object value = name == null ? null : values.get(name);
            if (name != null && definitions.get(name).secondsPerUnit() != 0) {
                value = seconds(name);
            }
            inputs[input.ordinal()] = value;
            @SuppressWarnings("unchecked")
            Keywords k = value instanceof List<?> list ? new Keywords((List<String>) list) : Keywords.NONE;
            keywords[input.ordinal()] = k;
        }
    }

    /** @return the declared parameters by name, in declaration order */
    public Map<String, ParameterDefinition> definitions() {
        return definitions;
    }

    /** @return every parameter's value as text (after overrides), by name */
    public Map<String, String> asText() {
        return texts;
    }

    /**
     * @param name an {@link ParameterType#INTEGER} or duration parameter
     * @return its value (for a duration: in its own unit)
     */
    public int integer(String name) {
        Object v = value(name);
        if (v instanceof Integer i) {
            return i;
        }
        throw wrongType(name, "a whole number");
    }

    /**
     * @param name a {@link ParameterType#DECIMAL} or {@link ParameterType#INTEGER} parameter
     * @return its value as an exact decimal
     */
    public BigDecimal decimal(String name) {
        Object v = value(name);
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer i && definitions.get(name).type() == ParameterType.INTEGER) {
            return BigDecimal.valueOf(i);
        }
        throw wrongType(name, "a decimal");
    }

    /**
     * @param name a {@link ParameterType#MINUTES}, {@link ParameterType#HOURS} or {@link ParameterType#DAYS} parameter
     * @return its value converted to seconds
     */
    public long seconds(String name) {
        Long s = durations.get(name);
        if (s != null) {
            return s;
        }
        long unit = definition(name).secondsPerUnit();
        if (unit == 0) {
            throw wrongType(name, "a duration");
        }
        return unit * (Integer) values.get(name);
    }

    /**
     * @param name a {@link ParameterType#LIST} parameter
     * @return its entries, unmodifiable
     */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = value(name);
        if (v instanceof List<?> l) {
            return (List<String>) l;
        }
        throw wrongType(name, "a list");
    }

    /**
     * @param name a {@link ParameterType#TEXT} parameter
     * @return its value
     */
    public String text(String name) {
        Object v = value(name);
        if (v instanceof String s) {
            return s;
        }
        throw wrongType(name, "a text");
    }

    /**
     * @param input a {@link ParameterType#LIST} fact input, never null
     * @return the value of the parameter feeding it, or an empty list when none does; unmodifiable
     */
    @SuppressWarnings("unchecked")
    public List<String> listInput(FactInput input) {
        Object v = inputs[input.ordinal()];
        return v == null ? List.of() : (List<String>) v;
    }

    /** The list {@link #listInput} gives, prepared for keyword searches; empty when no parameter feeds it. */
    Keywords keywordsInput(FactInput input) {
        return keywords[input.ordinal()];
    }

    /**
     * @param input an {@link ParameterType#INTEGER} fact input, never null
     * @return the value of the parameter feeding it, or null when none does
     */
    public Integer integerInput(FactInput input) {
        return (Integer) inputs[input.ordinal()];
    }

    /**
     * @param input a {@link ParameterType#BOOLEAN} fact input, never null
     * @return the value of the parameter feeding it, or false when none does
     */
    public boolean booleanInput(FactInput input) {
        return Boolean.TRUE.equals(inputs[input.ordinal()]);
    }

    /**
     * @param input a duration fact input ({@link ParameterType#HOURS} and the like), never null
     * @return the value of the parameter feeding it in seconds, or null when none does
     */
    public Long secondsInput(FactInput input) {
        return (Long) inputs[input.ordinal()];
    }

    /**
     * @param name a {@link ParameterType#BOOLEAN} parameter
     * @return its value
     */
    public boolean bool(String name) {
        Object v = value(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "a boolean");
    }

    /**
     * @param input a fact input, never null
     * @return the name of the parameter that feeds it, or empty when none does
     */
    public Optional<String> feeder(FactInput input) {
        return Optional.ofNullable(feeders.get(input));
    }

    private Object value(String name) {
        Object v = lookup.get(name);
        if (v == null) {
            definition(name);
        }
        return v;
    }

    private ParameterDefinition definition(String name) {
        ParameterDefinition d = definitions.get(name);
        if (d == null) {
            throw new IllegalArgumentException("parameter " + name + ": unknown");
        }
        return d;
    }

    private IllegalArgumentException wrongType(String name, String expected) {
        return new IllegalArgumentException("parameter " + name + ": is " + definitions.get(name).type()
                + ", not " + expected);
    }

    @Override
    public String toString() {
        return "Parameters" + texts;
    }
}
