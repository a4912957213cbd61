package io.omsexception;

import io.omsexception.facts.FactInput;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named, documented rule parameter: a threshold, a keyword list, a region list. Rules read the
 * value through the {@code Parameters} fact; hosts override it through
 * {@link OrderExceptionEngine.Builder#parameter(String, String)} without touching DRL.
 *
 * <p>A parameter may also {@linkplain #feeds() feed} a {@link FactInput}: a value the derived facts
 * need, such as the remote regions behind {@code AddressFacts.isRemote()}. That is how a pack tells
 * the core which of its parameters the facts read, without the core knowing the pack's names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the dotted name, for example {@code payment.timeoutMinutes}
 * @param type how the value is parsed
 * @param defaultValue the default value as text; valid for the type
 * @param description what the parameter controls, for the documentation
 * @param feeds the fact input whose value this parameter supplies, or null when it feeds none
 */
public record ParameterDefinition(String name, ParameterType type, String defaultValue, String description,
        FactInput feeds) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

    /**
     * Refuses nulls except {@code feeds}, a malformed name, a default that does not parse and a
     * type that does not suit the fact input fed.
     */
    public ParameterDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name '" + name
                    + "' must be dotted lower camel case, for example payment.timeoutMinutes");
        }
        parse(name, type, defaultValue);
        if (feeds != null && feeds.type() != type) {
            throw new IllegalArgumentException("parameter " + name + ": feeds " + feeds.key() + ", which needs a "
                    + feeds.type() + " parameter, but is " + type);
        }
    }

    /**
     * A parameter that feeds no fact input.
     *
     * @param name the dotted name
     * @param type how the value is parsed
     * @param defaultValue the default value as text
     * @param description what the parameter controls
     */
    public ParameterDefinition(String name, ParameterType type, String defaultValue, String description) {
        this(name, type, defaultValue, description, null);
    }

    /**
     * @param input the fact input this parameter is to supply, never null
     * @return a copy of this parameter that feeds it
     * @throws IllegalArgumentException when the input needs another type
     */
    public ParameterDefinition feeding(FactInput input) {
        return new ParameterDefinition(name, type, defaultValue, description, Objects.requireNonNull(input, "input"));
    }

    /**
     * Parses a value of this parameter.
     *
     * @param text the value as text
     * @return an {@link Integer} (also for durations), a {@link BigDecimal}, a {@code List<String>}
     *     or a {@link String}
     * @throws IllegalArgumentException naming the parameter when the text does not parse
     */
    public Object parse(String text) {
        return parse(name, type, text);
    }

    private static Object parse(String name, ParameterType type, String text) {
        if (text == null) {
            throw new IllegalArgumentException("parameter " + name + ": must not be null");
        }
        String t = text.trim();
        try {
            switch (type) {
                case INTEGER, MINUTES, HOURS, DAYS -> {
                    // counts, scores and durations: a negative threshold would turn a rule inside out
                    int v = Integer.parseInt(t);
                    if (v < 0) {
                        throw new IllegalArgumentException("parameter " + name + ": must not be negative but was '" + text + "'");
                    }
                    return v;
                }
                case DECIMAL -> {
                    if (t.length() > 40) {
                        throw new IllegalArgumentException("parameter " + name + ": must be a decimal number of at most 40 "
                                + "characters but was '" + t.substring(0, 40) + "...'");
                    }
                    BigDecimal v = new BigDecimal(t);
                    if (v.signum() < 0) {
                        throw new IllegalArgumentException("parameter " + name + ": must not be negative but was '" + text + "'");
                    }
                    if (v.precision() - v.scale() > 15 || v.scale() > 6) {
                        throw new IllegalArgumentException("parameter " + name + ": must be below 10^15 with at most 6 decimal "
                                + "places but was '" + text + "'");
                    }
                    return v;
                }
                case BOOLEAN -> {
                    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(t.toLowerCase(java.util.Locale.ROOT));
                    }
                    throw new IllegalArgumentException("parameter " + name + ": must be true or false but was '" + text + "'");
                }
                case LIST -> {
                    return Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                }
                default -> {
                    return t;
                }
            }
        } catch (NumberFormatException e) {
            String what = type == ParameterType.DECIMAL ? "a decimal number" : "a whole number";
            throw new IllegalArgumentException("parameter " + name + ": must be " + what + " but was '" + text + "'");
        }
    }

    /** @return the unit of a duration parameter in seconds, or 0 when it is not a duration */
    public long secondsPerUnit() {
        return switch (type) {
            case MINUTES -> 60L;
            case HOURS -> 3_600L;
            case DAYS -> 86_400L;
            default -> 0L;
        };
    }

    /**
     * @param name the dotted name
     * @param defaultValue the default
     * @param description what it controls
     * @return an {@link ParameterType#INTEGER} parameter
     */
    public static ParameterDefinition integer(String name, int defaultValue, String description) {
        return new ParameterDefinition(name, ParameterType.INTEGER, Integer.toString(defaultValue), description);
    }

    /**
     * @param name the dotted name
     * @param defaultValue the default, an exact decimal
     * @param description what it controls
     * @return a {@link ParameterType#DECIMAL} parameter
     */
    public static ParameterDefinition decimal(String name, String defaultValue, String description) {
        return new ParameterDefinition(name, ParameterType.DECIMAL, defaultValue, description);
    }

    /**
     * @param name the dotted name
     * @param defaultValues the default entries
     * @param description what it controls
     * @return a {@link ParameterType#LIST} parameter
     */
    public static ParameterDefinition list(String name, List<String> defaultValues, String description) {
        return new ParameterDefinition(name, ParameterType.LIST, String.join(",", defaultValues), description);
    }
}
