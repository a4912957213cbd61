package io.omsexception.internal;

import io.omsexception.ParameterDefinition;
import io.omsexception.ParameterType;
import io.omsexception.facts.FactInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a pack's {@code parameters.properties}:
 *
 * <pre>
 * # OVERWEIGHT_RANGE_CHECK: an order heavier than this many kilograms needs its delivery range confirmed.
 * # type: DECIMAL
 * custom.maxWeightKg=5
 * </pre>
 *
 * <ul>
 *   <li>each {@code name=default} line declares a parameter; the comment lines ({@code #} or
 *       {@code !}) right above it are its description;</li>
 *   <li>a comment {@code # type: X} sets its {@link ParameterType} (INTEGER, DECIMAL, MINUTES,
 *       HOURS, DAYS, LIST, TEXT); without it a whole number is INTEGER, another number DECIMAL,
 *       anything else TEXT;</li>
 *   <li>a comment {@code # feeds: OrderFacts.remoteRegions} makes it feed that {@link FactInput};</li>
 *   <li>a blank line ends a description; values are taken as written (no escapes); the text is
 *       UTF-8.</li>
 * </ul>
 * A malformed line is a problem {@code file:line: message}; the rest of the file is still read.
 * Stateless and thread-safe.
 */
public final class ParameterFile {
    private ParameterFile() {
    }

    /**
     * @param text the file's text
     * @param source the file's path, for messages and for the description of an undescribed parameter
     * @param problems where malformed lines are reported
     * @return the declared parameters, in file order, without the malformed ones
     */
    public static List<ParameterDefinition> read(String text, String source, List<String> problems) {
        List<ParameterDefinition> list = new ArrayList<>();
        List<String> description = new ArrayList<>();
        ParameterType type = null;
        FactInput feeds = null;
        int lineNo = 0;
        for (String line : text.split("\r?\n|\r", -1)) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty()) {
                description.clear();
                type = null;
                feeds = null;
            } else if (t.startsWith("#") || t.startsWith("!")) {
                String c = t.substring(1).strip();
                String lower = c.toLowerCase(Locale.ROOT);
                if (lower.startsWith("type:")) {
                    String name = c.substring(5).strip().toUpperCase(Locale.ROOT);
                    try {
                        type = ParameterType.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        problems.add(source + ":" + lineNo + ": unknown type '" + name + "'; use one of "
                                + Arrays.toString(ParameterType.values()));
                    }
                } else if (lower.startsWith("feeds:")) {
                    String key = c.substring(6).strip();
                    feeds = FactInput.byKey(key).orElse(null);
                    if (feeds == null) {
                        problems.add(source + ":" + lineNo + ": unknown fact input '" + key + "'; use one of "
                                + Arrays.stream(FactInput.values()).map(FactInput::key).toList());
                    }
                } else if (!c.isEmpty()) {
                    description.add(c);
                }
            } else {
                int eq = t.indexOf('=');
                if (eq <= 0) {
                    problems.add(source + ":" + lineNo + ": expected name=default but was '" + t + "'");
                } else {
                    String name = t.substring(0, eq).strip();
                    String value = t.substring(eq + 1).strip();
                    String what = description.isEmpty() ? "declared in " + source : String.join(" ", description);
                    try {
                        list.add(new ParameterDefinition(name, type == null ? infer(value) : type, value, what, feeds));
                    } catch (IllegalArgumentException e) {
                        problems.add(source + ":" + lineNo + ": " + e.getMessage());
                    }
                }
                description.clear();
                type = null;
                feeds = null;
            }
        }
        return list;
    }

    private static ParameterType infer(String value) {
        if (value.matches("-?\\d+")) {
            return ParameterType.INTEGER;
        }
        if (value.matches("-?\\d*\\.\\d+")) {
            return ParameterType.DECIMAL;
        }
        return ParameterType.TEXT;
    }
}
