package io.omsexception.examples;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.RulePackException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One side of {@code diff}: the standard packs (unless {@code --SIDE-no-standard}), the packs of
 * {@code --rules} then {@code --SIDE-rules}, and the parameters of {@code --param-file},
 * {@code --param}, {@code --SIDE-param-file} and {@code --SIDE-param}, a later one overriding an
 * earlier one of the same name. Immutable.
 *
 * @param side {@code before} or {@code after}
 * @param standard whether the standard packs are in
 * @param packs the pack paths, in order, each with the option that gave it
 * @param parameters the parameter overrides, by name
 */
record RuleSet(String side, boolean standard, List<Map.Entry<String, String>> packs, Map<String, String> parameters) {

    /**
     * @param a the arguments of {@code diff}
     * @param side {@code before} or {@code after}
     * @return that side's rule set
     * @throws UsageException naming the option when a value is malformed or a file unreadable
     */
    static RuleSet of(Args a, String side) {
        List<Map.Entry<String, String>> packs = new ArrayList<>();
        for (String option : List.of("--rules", "--" + side + "-rules")) {
            a.values(option).forEach(path -> packs.add(Map.entry(option, path)));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        a.value("--param-file").ifPresent(f -> parameters.putAll(file("--param-file", f)));
        parameters.putAll(pairs("--param", a.values("--param")));
        a.value("--" + side + "-param-file").ifPresent(f -> parameters.putAll(file("--" + side + "-param-file", f)));
        parameters.putAll(pairs("--" + side + "-param", a.values("--" + side + "-param")));
        return new RuleSet(side, !a.flag("--" + side + "-no-standard"), List.copyOf(packs), Map.copyOf(parameters));
    }

    /**
     * @return the engine
     * @throws UsageException when a pack cannot be read or compiled, or a parameter is unknown or malformed
     */
    OrderExceptionEngine build() {
        OrderExceptionEngine.Builder b = OrderExceptionEngine.builder();
        if (standard) {
            b.withStandardRules();
        }
        for (Map.Entry<String, String> r : packs) {
            try {
                b.addRules(Path.of(r.getValue()));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UsageException("diff: " + r.getKey() + " " + e.getMessage(), e);
            }
        }
        new TreeMap<>(parameters).forEach(b::parameter);
        try {
            return b.build();
        } catch (RulePackException e) {
            throw new UsageException("diff: the " + side + " rules cannot be used, fix them and retry:\n  "
                    + String.join("\n  ", e.problems()), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("diff: the " + side + " parameters: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> pairs(String option, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String p : values) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("diff: " + option + " must be NAME=VALUE, for example payment.timeoutMinutes=45, but was '"
                        + p + "'");
            }
            String name = p.substring(0, eq).trim();
            if (map.put(name, p.substring(eq + 1)) != null) {
                throw new UsageException("diff: " + option + " gives " + name + " twice");
            }
        }
        return map;
    }

    private static Map<String, String> file(String option, String name) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("diff: cannot read " + option + " " + name + ": " + Cli.message(e), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("diff: " + option + " " + name + " is not a properties file: " + e.getMessage(), e);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k.trim(), p.getProperty(k).trim()));
        return map;
    }
}
