package io.omsexception;

import io.omsexception.spi.StandardRulePackProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The checks of {@link OrderExceptionEngine} and its builder: arguments (a null is a mistake of
 * the calling program, refused with an {@link IllegalArgumentException} naming the argument, never
 * a bare {@link NullPointerException}), parameter declarations and the standard packs. Stateless.
 */
final class EngineSupport {
    private EngineSupport() {
    }

    /**
     * @param value an argument
     * @param name its name, for the message
     * @param <T> its type
     * @return the argument
     * @throws IllegalArgumentException {@code NAME must not be null} when it is null
     */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * @param values a list argument
     * @param name its name, for the message
     * @param <T> its element type
     * @return the list
     * @throws IllegalArgumentException naming the list or the index of its first null element
     */
    static <T> List<T> elements(List<T> values, String name) {
        required(values, name);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
        }
        return values;
    }

    /**
     * @param classLoader where to look
     * @return the standard packs of every provider on the class path
     * @throws IllegalStateException when there is none
     */
    static List<RulePack> standardPacks(ClassLoader classLoader) {
        List<RulePack> found = new ArrayList<>();
        for (StandardRulePackProvider p : ServiceLoader.load(StandardRulePackProvider.class, classLoader)) {
            found.addAll(p.rulePacks());
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no standard rule packs on the class path: add the dependency "
                    + "io.omsexception:oms-exception-rules");
        }
        return found;
    }

    /**
     * Adds a parameter declaration, allowing the same declaration twice.
     *
     * @param definitions the declarations so far, by name
     * @param definition the new one
     * @throws IllegalArgumentException when a different parameter of that name is declared, or
     *     another parameter already feeds the same fact input
     */
    static void define(Map<String, ParameterDefinition> definitions, ParameterDefinition definition) {
        required(definition, "definition");
        ParameterDefinition earlier = definitions.get(definition.name());
        if (earlier != null && !earlier.equals(definition)) {
            throw new IllegalArgumentException("parameter " + definition.name() + ": declared twice, differently: "
                    + earlier + " vs " + definition);
        }
        if (definition.feeds() != null) {
            for (ParameterDefinition d : definitions.values()) {
                if (d.feeds() == definition.feeds() && !d.name().equals(definition.name())) {
                    throw new IllegalArgumentException("parameter " + definition.name() + ": feeds "
                            + definition.feeds().key() + ", which parameter " + d.name() + " feeds already");
                }
            }
        }
        definitions.putIfAbsent(definition.name(), definition);
    }
}
