package io.omsexception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A named set of DRL sources, plus the parameters they declare. Standard packs come from the
 * class path; hosts add their own from files, folders or strings.
 *
 * <p>A pack may also be {@linkplain #precompiled precompiled}: its DRL was compiled to the Drools
 * executable model at build time, and the engine loads the generated model classes instead of
 * compiling the DRL when it is built. The DRL sources still travel with it: the engine checks the
 * parameters they read and that every rule they declare was loaded.
 *
 * <p>Immutable and thread-safe.
 */
public final class RulePack {

    /**
     * One DRL source.
     *
     * @param path where it comes from, used in error messages, for example {@code rules/payment.drl}
     * @param content the DRL text
     */
    public record Source(String path, String content) {
        /** Refuses nulls. */
        public Source {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }
    }

    private final String name;
    private final List<Source> sources;
    private final List<ParameterDefinition> parameters;
    private final List<String> modelClasses;

    private RulePack(String name, List<Source> sources, List<ParameterDefinition> parameters) {
        this(name, sources, parameters, List.of());
    }

    private RulePack(String name, List<Source> sources, List<ParameterDefinition> parameters,
            List<String> modelClasses) {
        this.name = Objects.requireNonNull(name, "name");
        this.sources = List.copyOf(sources);
        this.parameters = List.copyOf(parameters);
        this.modelClasses = List.copyOf(modelClasses);
    }

    /**
     * A pack whose DRL was compiled to the executable model at build time (for example by
     * {@code kie-maven-plugin}, goal {@code build}). The engine instantiates the model classes
     * with its builder's class loader and does not compile the sources; it reads them to check
     * the parameters and to assert that every declared rule was loaded.
     *
     * @param name the pack's name
     * @param sources the DRL the model was generated from, at least one
     * @param modelClasses the fully qualified names of the generated model classes (the
     *     {@code org.drools.model.Model} implementations) of these sources, at least one
     * @return the pack
     * @throws IllegalArgumentException when the sources or the model classes are empty
     */
    public static RulePack precompiled(String name, List<Source> sources, List<String> modelClasses) {
        if (sources.isEmpty() || modelClasses.isEmpty()) {
            throw new IllegalArgumentException("precompiled pack " + name + ": needs its DRL sources and at least one model class");
        }
        return new RulePack(name, sources, List.of(), modelClasses);
    }

    /**
     * @param name the pack's name, for example {@code my-shop}
     * @param drl the DRL text; its path in messages is {@code name + ".drl"}
     * @return a pack of one source
     */
    public static RulePack ofDrl(String name, String drl) {
        return new RulePack(name, List.of(new Source(name.endsWith(".drl") ? name : name + ".drl", drl)), List.of());
    }

    /**
     * Reads a DRL file, or every {@code .drl} file under a folder (sorted by path).
     *
     * @param fileOrFolder a {@code .drl} file or a folder
     * @return the pack, named after the file or folder
     * @throws UncheckedIOException when the path cannot be read
     * @throws IllegalArgumentException when the path does not exist or holds no DRL file
     */
    public static RulePack fromPath(Path fileOrFolder) {
        if (!Files.exists(fileOrFolder)) {
            throw new IllegalArgumentException("rules " + fileOrFolder + ": no such file or folder");
        }
        List<Path> files;
        try {
            if (Files.isDirectory(fileOrFolder)) {
                try (Stream<Path> walk = Files.walk(fileOrFolder)) {
                    files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
                }
            } else {
                files = List.of(fileOrFolder);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("rules " + fileOrFolder + ": holds no .drl file");
            }
            List<Source> sources = new ArrayList<>();
            for (Path file : files) {
                sources.add(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return new RulePack(fileOrFolder.getFileName().toString(), sources, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("rules " + fileOrFolder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads DRL resources from a class loader.
     *
     * @param name the pack's name
     * @param loader the class loader that holds the resources
     * @param resources resource paths, for example {@code io/omsexception/rules/payment/payment.drl}
     * @return the pack
     * @throws IllegalArgumentException when a resource is missing
     */
    public static RulePack fromClasspath(String name, ClassLoader loader, String... resources) {
        List<Source> sources = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("rules " + resource + ": not found on the class path");
                }
                sources.add(new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("rules " + resource + ": cannot be read", e);
            }
        }
        return new RulePack(name, sources, List.of());
    }

    /**
     * @param definitions parameters the pack's rules read, with their defaults
     * @return a copy of this pack that also declares these parameters
     */
    public RulePack withParameters(List<ParameterDefinition> definitions) {
        List<ParameterDefinition> all = new ArrayList<>(parameters);
        all.addAll(definitions);
        return new RulePack(name, sources, all, modelClasses);
    }

    /** @return the pack's name */
    public String name() {
        return name;
    }

    /** @return the DRL sources */
    public List<Source> sources() {
        return sources;
    }

    /** @return the parameters the pack declares */
    public List<ParameterDefinition> parameters() {
        return parameters;
    }

    /**
     * @return the generated model classes of a {@linkplain #precompiled precompiled} pack; empty
     *     when the engine compiles the DRL itself
     */
    public List<String> modelClasses() {
        return modelClasses;
    }

    /** @return whether the pack is precompiled: the engine loads its model classes */
    public boolean isPrecompiled() {
        return !modelClasses.isEmpty();
    }

    @Override
    public String toString() {
        return "RulePack[" + name + ", " + sources.size() + " sources" + (isPrecompiled() ? ", precompiled" : "") + "]";
    }
}
