package io.omsexception;

import io.omsexception.internal.CatalogFiles;
import io.omsexception.internal.DecisionTables;
import io.omsexception.internal.PackFolder;
import io.omsexception.internal.TableProblems;
import io.omsexception.internal.ParameterFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rule pack: named DRL sources with the pack's catalog (the codes its rules raise, each declared
 * once with its attributes), the codes' texts in every language, and the parameters its rules
 * read. Standard packs come from the class path; hosts add their own from folders, files or, for
 * packs assembled in code, {@link #builder(String)}.
 *
 * <p>A pack is a folder: its {@code .drl} files and, beside them, {@code codes.properties},
 * {@code texts_zh.properties}, {@code texts_en.properties} (one more {@code texts_xx.properties}
 * per further language) and {@code parameters.properties} (the formats are in
 * {@code docs/rule-authoring.md}). What is wrong in those files does not throw when the pack is
 * read: it is kept as {@linkplain #problems() problems}, and building an engine with the pack
 * refuses it, listing them with every other problem.
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
    private final Map<String, CatalogEntry> codes;
    private final Set<String> declaredCodes;
    private final Map<String, Map<String, String>> texts;
    private final String catalogPath;
    private final List<String> problems;
    private final Map<String, List<ActionTemplate>> actions;

    private RulePack(String name, List<Source> sources, List<ParameterDefinition> parameters, List<String> modelClasses,
            CatalogFiles.Catalog catalog, String catalogPath) {
        this.name = Objects.requireNonNull(name, "name");
        this.sources = List.copyOf(sources);
        this.parameters = List.copyOf(parameters);
        this.modelClasses = List.copyOf(modelClasses);
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(catalog.codes()));
        this.declaredCodes = Collections.unmodifiableSet(new LinkedHashSet<>(catalog.declared()));
        Map<String, Map<String, String>> t = new TreeMap<>();
        catalog.texts().forEach((language, bundle) -> t.put(language, Collections.unmodifiableMap(new LinkedHashMap<>(bundle))));
        this.texts = Collections.unmodifiableMap(t);
        this.catalogPath = catalogPath;
        this.problems = List.copyOf(catalog.problems());
        Map<String, List<ActionTemplate>> a = new LinkedHashMap<>();
        catalog.actions().forEach((code, list) -> a.put(code, List.copyOf(list)));
        this.actions = Collections.unmodifiableMap(a);
    }

    /** The pack a {@link RulePackBuilder} assembled. */
    static RulePack assembled(String name, List<Source> sources, List<ParameterDefinition> parameters,
            CatalogFiles.Catalog catalog) {
        return new RulePack(name, sources, parameters, List.of(), catalog, name + "/" + CatalogFiles.CODES);
    }

    private static RulePack read(String name, List<Source> sources, PackFolder folder) {
        return read(name, sources, folder, List.of());
    }

    private static RulePack read(String name, List<Source> sources, PackFolder folder, List<String> tableProblems) {
        CatalogFiles.Catalog catalog = CatalogFiles.read(folder);
        List<String> problems = new ArrayList<>(catalog.problems());
        problems.addAll(tableProblems);
        List<ParameterDefinition> parameters = folder.read("parameters.properties")
                .map(text -> ParameterFile.read(text, folder.path("parameters.properties"), problems))
                .orElse(List.of());
        return new RulePack(name, sources, parameters, List.of(),
                new CatalogFiles.Catalog(catalog.codes(), catalog.declared(), catalog.texts(), problems, catalog.actions()),
                folder.path(CatalogFiles.CODES));
    }

    private RulePack with(List<ParameterDefinition> newParameters, List<String> newModelClasses) {
        return new RulePack(name, sources, newParameters, newModelClasses,
                new CatalogFiles.Catalog(codes, declaredCodes, texts, problems, actions), catalogPath);
    }

    /**
     * This pack, its DRL compiled to the executable model at build time (for example by
     * {@code kie-maven-plugin}, goal {@code build}). The engine instantiates the model classes
     * with its builder's class loader and does not compile the sources; it reads them to check
     * the parameters and to assert that every declared rule was loaded. The catalog, texts and
     * parameters stay those of this pack.
     *
     * @param modelClasses the fully qualified names of the generated model classes (the
     *     {@code org.drools.model.Model} implementations) of this pack's sources, at least one
     * @return a copy of this pack that is precompiled; this one is unchanged
     * @throws IllegalArgumentException when the model classes are empty
     */
    public RulePack precompiled(List<String> modelClasses) {
        if (modelClasses.isEmpty()) {
            throw new IllegalArgumentException("precompiled pack " + name + ": needs at least one model class");
        }
        return with(parameters, modelClasses);
    }

    /**
     * A pack of one DRL text and nothing else: no catalog, so its rules can raise no code. For
     * DRL with codes, use {@link #builder(String)}.
     *
     * @param name the pack's name, for example {@code my-shop}
     * @param drl the DRL text; its path in messages is {@code name + ".drl"}
     * @return a pack of one source
     */
    public static RulePack ofDrl(String name, String drl) {
        return builder(name).drl(name.endsWith(".drl") ? name : name + ".drl", drl).build();
    }

    /**
     * @param name the pack's name, for example {@code my-shop}; its catalog's files are named
     *     {@code name/codes.properties}, {@code name/texts_zh.properties} in messages
     * @return a builder of a pack assembled in code; thread-confined
     */
    public static RulePackBuilder builder(String name) {
        return new RulePackBuilder(Objects.requireNonNull(name, "name"));
    }

    /**
     * Reads a DRL file, or every {@code .drl} file and decision table ({@code .csv}, {@code .xlsx}:
     * Drools decision tables, each sheet turned into DRL; see {@code docs/rule-authoring.md}) under
     * a folder (sorted by path), with the files beside it: those of the folder given, or of the
     * file's folder (not of the folders below). A table that cannot be read is a
     * {@linkplain #problems() problem} naming the file and sheet; a rule of a table that does not
     * compile is refused naming the file, the sheet, the row and the column.
     *
     * @param fileOrFolder a {@code .drl} file, a decision table or a folder
     * @return the pack, named after the file or folder
     * @throws UncheckedIOException when the path cannot be read
     * @throws IllegalArgumentException when the path is empty (it would be the working directory), does not
     *     exist or holds no DRL file or decision table
     */
    public static RulePack fromPath(Path fileOrFolder) {
        EngineSupport.required(fileOrFolder, "fileOrFolder");
        if (fileOrFolder.toString().isBlank()) {
            // Path.of("") is the working directory: every DRL below it would be loaded
            throw new IllegalArgumentException("rules '': the path is empty; name a .drl file or a folder of them");
        }
        if (!Files.exists(fileOrFolder)) {
            throw new IllegalArgumentException("rules " + fileOrFolder + ": no such file or folder");
        }
        List<Path> files;
        try {
            if (Files.isDirectory(fileOrFolder)) {
                try (Stream<Path> walk = Files.walk(fileOrFolder)) {
                    files = walk.filter(p -> (p.toString().endsWith(".drl") || TableProblems.isTable(p.toString()))
                            && Files.isRegularFile(p)).sorted().toList();
                }
            } else {
                files = List.of(fileOrFolder);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("rules " + fileOrFolder + ": holds no .drl file or decision table");
            }
            List<Source> sources = new ArrayList<>();
            List<String> tableProblems = new ArrayList<>();
            for (Path file : files) {
                if (TableProblems.isTable(file.toString())) {
                    try {
                        sources.addAll(DecisionTables.toDrl(file.toString(), Files.readAllBytes(file), tableProblems));
                    } catch (NoClassDefFoundError e) {
                        tableProblems.add(file + ": a decision table needs org.drools:drools-decisiontables (the "
                                + "engine's Drools version) on the class path; add it to the host's dependencies");
                    }
                } else {
                    sources.add(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            Path folder = Files.isDirectory(fileOrFolder) ? fileOrFolder
                    : fileOrFolder.getParent() == null ? Path.of("") : fileOrFolder.getParent();
            return read(fileOrFolder.getFileName().toString(), sources, PackFolder.of(folder), tableProblems);
        } catch (IOException e) {
            throw new UncheckedIOException("rules " + fileOrFolder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads DRL resources from a class loader, with the files beside them in their folder. The
     * texts bundles are found by listing that folder: by its {@code pack.index} resource when it
     * has one (one file name of the folder a line; {@code #} starts a comment; the standard packs
     * ship one, so that a start does not walk a large jar), else in a directory or a jar; with
     * another kind of class loader URL, every ISO 639 language code is tried.
     *
     * @param name the pack's name
     * @param loader the class loader that holds the resources
     * @param resources resource paths, for example {@code io/omsexception/rules/payment/payment.drl},
     *     at least one, all in one folder
     * @return the pack
     * @throws IllegalArgumentException when a resource is missing, none is given, they are in
     *     different folders or a line of the folder's {@code pack.index} names a path, not a file
     * @throws UncheckedIOException when a resource cannot be read
     */
    public static RulePack fromClasspath(String name, ClassLoader loader, String... resources) {
        if (resources.length == 0) {
            throw new IllegalArgumentException("rules " + name + ": no DRL resource given");
        }
        String folder = folderOf(resources[0]);
        List<Source> sources = new ArrayList<>();
        for (String resource : resources) {
            if (!folderOf(resource).equals(folder)) {
                throw new IllegalArgumentException("rules " + name + ": the DRL of a class path pack must be in one folder, but "
                        + resource + " is not in " + folder);
            }
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("rules " + resource + ": not found on the class path");
                }
                sources.add(new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("rules " + resource + ": cannot be read", e);
            }
        }
        return read(name, sources, PackFolder.onClasspath(loader, resources[0]));
    }

    private static String folderOf(String resource) {
        return resource.substring(0, resource.lastIndexOf('/') + 1);
    }

    /**
     * @param definitions parameters the pack's rules read, with their defaults
     * @return a copy of this pack that also declares these parameters
     */
    public RulePack withParameters(List<ParameterDefinition> definitions) {
        List<ParameterDefinition> all = new ArrayList<>(parameters);
        all.addAll(definitions);
        return with(all, modelClasses);
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
     * @return the codes the pack's catalog declares without a problem, by code, in declaration
     *     order; unmodifiable
     */
    public Map<String, CatalogEntry> codes() {
        return codes;
    }

    /**
     * @return every code the catalog names, also those whose declaration has {@linkplain #problems()
     *     problems} (and so is not in {@link #codes()}); unmodifiable
     */
    public Set<String> declaredCodes() {
        return declaredCodes;
    }

    /**
     * @return the actions the catalog declares ({@code actions.properties}, or
     *     {@link RulePackBuilder#action}), by code, each code's in declaration order; a code without
     *     actions is absent; unmodifiable
     */
    public Map<String, List<ActionTemplate>> actions() {
        return actions;
    }

    /**
     * @return by language ({@code zh}, {@code en}, ...), the texts by key: {@code CODE.guidance}
     *     (what staff do) and {@code CODE.customer} (the message for the buyer, absent for an
     *     internal code); unmodifiable
     */
    public Map<String, Map<String, String>> texts() {
        return texts;
    }

    /**
     * @return the path of the pack's {@code codes.properties} as messages name it, for example
     *     {@code io/omsexception/rules/payment/codes.properties}; {@code name/codes.properties} for
     *     a pack assembled in code
     */
    public String catalogPath() {
        return catalogPath;
    }

    /**
     * @return the generated model classes of a {@linkplain #precompiled precompiled} pack; empty
     *     when the engine compiles the DRL itself
     */
    public List<String> modelClasses() {
        return modelClasses;
    }

    /**
     * @return what is wrong in the pack's catalog, texts and parameters, one line each, naming
     *     the file and the line or key; empty when nothing is. Building an engine with the pack
     *     refuses it when there are any.
     */
    public List<String> problems() {
        return problems;
    }

    /** @return whether the pack is precompiled: the engine loads its model classes */
    public boolean isPrecompiled() {
        return !modelClasses.isEmpty();
    }

    @Override
    public String toString() {
        return "RulePack[" + name + ", " + sources.size() + " sources, " + codes.size() + " codes"
                + (isPrecompiled() ? ", precompiled" : "") + "]";
    }
}
