package io.omsexception.examples;

import io.omsexception.ParameterDefinition;
import io.omsexception.ParameterType;
import io.omsexception.RulePack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the parameters a DRL rule pack declares from a {@code .properties} file beside it, so that
 * {@code --rules} (and any host) can load a pack with its thresholds:
 *
 * <pre>
 * # OVERWEIGHT_RANGE_CHECK: an order heavier than this many kilograms needs its delivery range confirmed.
 * # type: DECIMAL
 * custom.maxWeightKg=5
 * </pre>
 *
 * <ul>
 *   <li>each {@code name=default} line declares a parameter; the comment lines ({@code #}) right
 *       above it are its description;</li>
 *   <li>a comment {@code # type: X} sets its {@link ParameterType} (INTEGER, DECIMAL, MINUTES,
 *       HOURS, DAYS, LIST, TEXT); without it a whole number is INTEGER, another number DECIMAL,
 *       anything else TEXT;</li>
 *   <li>a blank line ends a description; the file is UTF-8.</li>
 * </ul>
 * For a pack given as a {@code .drl} file, the file of the same name ending in {@code .properties}
 * is read, if present; for a folder, every {@code .properties} file in it (and below).
 */
public final class PackParameters {
    private PackParameters() {
    }

    /**
     * Loads a DRL file or folder as a rule pack, with the parameters its properties declare.
     *
     * @param fileOrFolder a {@code .drl} file or a folder of them
     * @return the pack
     * @throws IllegalArgumentException when the path is missing, holds no DRL, or a properties file is malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    public static RulePack load(Path fileOrFolder) {
        RulePack pack = RulePack.fromPath(fileOrFolder);
        List<ParameterDefinition> declared = new ArrayList<>();
        for (Path p : propertiesOf(fileOrFolder)) {
            try (InputStream in = Files.newInputStream(p)) {
                declared.addAll(read(in, p.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("rules " + p + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return declared.isEmpty() ? pack : pack.withParameters(declared);
    }

    private static List<Path> propertiesOf(Path fileOrFolder) {
        try {
            if (Files.isDirectory(fileOrFolder)) {
                try (Stream<Path> walk = Files.walk(fileOrFolder)) {
                    return walk.filter(p -> p.toString().endsWith(".properties") && Files.isRegularFile(p)).sorted().toList();
                }
            }
            String name = fileOrFolder.getFileName().toString();
            Path sibling = fileOrFolder.resolveSibling(name.replaceFirst("\\.drl$", "") + ".properties");
            return Files.isRegularFile(sibling) ? List.of(sibling) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("rules " + fileOrFolder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads parameter declarations.
     *
     * @param in the properties text, UTF-8; not closed
     * @param source the file's name, for messages
     * @return the declared parameters, in file order
     * @throws IllegalArgumentException naming {@code source:line} when a line or a default is malformed
     */
    public static List<ParameterDefinition> read(InputStream in, String source) {
        List<ParameterDefinition> list = new ArrayList<>();
        List<String> description = new ArrayList<>();
        ParameterType type = null;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty()) {
                    description.clear();
                    type = null;
                } else if (t.startsWith("#") || t.startsWith("!")) {
                    String c = t.substring(1).strip();
                    if (c.toLowerCase(Locale.ROOT).startsWith("type:")) {
                        String name = c.substring(5).strip().toUpperCase(Locale.ROOT);
                        try {
                            type = ParameterType.valueOf(name);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(source + ":" + lineNo + ": unknown type '" + name
                                    + "'; use one of " + java.util.Arrays.toString(ParameterType.values()));
                        }
                    } else if (!c.isEmpty()) {
                        description.add(c);
                    }
                } else {
                    int eq = t.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException(source + ":" + lineNo + ": expected name=default but was '" + t + "'");
                    }
                    String name = t.substring(0, eq).strip();
                    String value = t.substring(eq + 1).strip();
                    String text = description.isEmpty() ? "declared in " + source : String.join(" ", description);
                    try {
                        list.add(new ParameterDefinition(name, type == null ? infer(value) : type, value, text));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
                    }
                    description.clear();
                    type = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read: " + e.getMessage(), e);
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
