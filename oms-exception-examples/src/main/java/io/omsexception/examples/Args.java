package io.omsexception.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positionals, options with a value ({@code --output FILE} or
 * {@code --output=FILE}), repeatable options ({@code --rules A --rules B}) and flags
 * ({@code --pretty}). Small on purpose: no library needed.
 */
final class Args {
    private final List<String> positionals;
    private final Map<String, List<String>> values;
    private final Set<String> flags;

    private Args(List<String> positionals, Map<String, List<String>> values, Set<String> flags) {
        this.positionals = positionals;
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param command the command's name, for messages
     * @param args the arguments after the command
     * @param flagNames options without a value, for example {@code --pretty}
     * @param valued options with a value
     * @param repeatable those of {@code valued} that may be given more than once
     * @param maxPositionals how many plain arguments the command takes
     * @return the parsed arguments
     * @throws UsageException naming the offending argument
     */
    static Args parse(String command, List<String> args, Set<String> flagNames, Set<String> valued, Set<String> repeatable,
            int maxPositionals) {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && a.startsWith("--") || !optionsEnded && a.equals("-h")) {
                String name = a.equals("-h") ? "--help" : a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (flagNames.contains(name)) {
                    if (value != null) {
                        throw new UsageException(command + ": option " + name + " takes no value");
                    }
                    flags.add(name);
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new UsageException(command + ": option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
                    if (!list.isEmpty() && !repeatable.contains(name)) {
                        throw new UsageException(command + ": option " + name + " is given twice");
                    }
                    list.add(value);
                } else {
                    throw new UsageException(command + ": unknown option '" + name + "' (see " + command + " --help)");
                }
            } else {
                if (positionals.size() >= maxPositionals) {
                    throw new UsageException(command + ": unexpected argument '" + a + "' (see " + command + " --help)");
                }
                positionals.add(a);
            }
        }
        return new Args(positionals, values, flags);
    }

    /** @return the plain arguments, in order */
    List<String> positionals() {
        return positionals;
    }

    /**
     * @param name an option, for example {@code --rules}
     * @return its values, in order; empty when absent
     */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * @param name an option
     * @return its value, if given
     */
    Optional<String> value(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /**
     * @param name a flag
     * @return whether it was given
     */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /**
     * @param command the command, for messages
     * @param name an option
     * @param min the smallest value allowed
     * @param fallback the value when absent
     * @return the option's whole-number value
     * @throws UsageException when it is not a whole number of at least {@code min}
     */
    long number(String command, String name, long min, long fallback) {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.get().trim().replace("_", "").replace(",", ""));
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(command + ": " + name + " must be a whole number of at least " + min + " but was '" + v.get() + "'");
    }
}
