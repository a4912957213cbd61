package io.omsexception;

import io.omsexception.internal.ActionFiles;
import io.omsexception.internal.CatalogFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Assembles a {@link RulePack} in code ({@link RulePack#builder(String)}): its DRL, catalog, texts
 * and parameters, each given once. Missing texts are not refused here but kept as
 * {@linkplain RulePack#problems() problems}, as for a pack read from files. Not thread-safe.
 *
 * <pre>{@code
 * RulePack pack = RulePack.builder("host")
 *         .drl("host.drl", drl)
 *         .code("HEAVY_ORDER", Category.LOGISTICS, Priority.P3, Department.LOGISTICS, BlockingPolicy.NEVER)
 *         .texts("zh", "HEAVY_ORDER", "确认配送范围", "处理中")
 *         .texts("en", "HEAVY_ORDER", "Confirm the delivery range", "In progress")
 *         .build();
 * }</pre>
 */
public final class RulePackBuilder {
    private final String name;
    private final Map<String, RulePack.Source> sources = new LinkedHashMap<>();
    private final Map<String, CatalogEntry> codes = new LinkedHashMap<>();
    private final Map<String, List<String>> suppressions = new LinkedHashMap<>();
    private final java.util.Set<String> internals = new java.util.LinkedHashSet<>();
    private final Map<String, Map<String, String>> texts = new TreeMap<>();
    private final Map<String, ParameterDefinition> parameters = new LinkedHashMap<>();
    private final Map<String, Map<ActionType, ActionTemplate>> actions = new LinkedHashMap<>();

    RulePackBuilder(String name) {
        this.name = name;
    }

    /**
     * @param path the source's path in messages, for example {@code host.drl}
     * @param text the DRL text
     * @return this builder
     * @throws IllegalStateException when a source of that path was given
     */
    public RulePackBuilder drl(String path, String text) {
        RulePack.Source source = new RulePack.Source(path, text);
        once(sources.putIfAbsent(path, source), "drl " + path);
        return this;
    }

    /**
     * Declares a code of the pack.
     *
     * @param code the code, upper snake case
     * @param category its category
     * @param priority its default priority
     * @param department the department that handles it
     * @param blocking whether it stops fulfilment
     * @return this builder
     * @throws IllegalArgumentException when the code is not upper snake case
     * @throws IllegalStateException when the code was declared
     */
    public RulePackBuilder code(String code, Category category, Priority priority, Department department,
            BlockingPolicy blocking) {
        checkCode(code, "code");
        once(codes.putIfAbsent(code, new CatalogEntry(code, category, priority, department, blocking, null, false)),
                "code " + code);
        return this;
    }

    /**
     * Makes a declared code internal: it has no customer message (give its texts with
     * {@link #guidance}), so the buyer is told nothing.
     *
     * @param code a code of the pack, declared with {@link #code} before {@link #build()}
     * @return this builder
     * @throws IllegalArgumentException when the code is not upper snake case
     * @throws IllegalStateException when the code was made internal before
     */
    public RulePackBuilder internal(String code) {
        checkCode(code, "code");
        once(internals.contains(code) ? code : null, "internal " + code);
        internals.add(code);
        return this;
    }

    /**
     * @param code a code of the pack, declared with {@link #code} before {@link #build()}
     * @param by the codes (of any pack), at least one, each of which, raised on the same order and
     *     not itself withdrawn, withdraws it
     * @return this builder
     * @throws IllegalArgumentException when a code is not upper snake case, or none is given
     * @throws IllegalStateException when the suppression of {@code code} was given
     */
    public RulePackBuilder suppressedBy(String code, String... by) {
        checkCode(code, "code");
        if (by.length == 0) {
            throw new IllegalArgumentException("suppressedBy of " + code + ": name at least one code");
        }
        for (String b : by) {
            checkCode(b, "suppressedBy");
        }
        once(suppressions.putIfAbsent(code, List.of(by)), "suppressedBy of " + code);
        return this;
    }

    /**
     * @param language a language code, for example {@code zh}, {@code en} or {@code ja}
     * @param code a code of the pack
     * @param guidance what staff should do
     * @param customerMessage the progress message the host may show the buyer; null leaves it out,
     *     which is right only for an {@linkplain #internal internal} code (use {@link #guidance})
     * @return this builder
     * @throws IllegalArgumentException when the language or the code is malformed
     * @throws IllegalStateException when the texts of that code in that language were given
     */
    public RulePackBuilder texts(String language, String code, String guidance, String customerMessage) {
        guidance(language, code, guidance);
        if (customerMessage != null) {
            texts.get(LocalizedText.language(language)).put(code + ".customer", customerMessage);
        }
        return this;
    }

    /**
     * The texts of an internal code ({@link #internal}): guidance only, no customer message.
     *
     * @param language a language code, for example {@code zh}, {@code en} or {@code ja}
     * @param code a code of the pack
     * @param guidance what staff should do
     * @return this builder
     * @throws IllegalArgumentException when the language or the code is malformed
     * @throws IllegalStateException when the texts of that code in that language were given
     */
    public RulePackBuilder guidance(String language, String code, String guidance) {
        String l = LocalizedText.language(language);
        checkCode(code, "code");
        Objects.requireNonNull(guidance, "guidance");
        Map<String, String> bundle = texts.computeIfAbsent(l, x -> new LinkedHashMap<>());
        once(bundle.get(code + ".guidance"), "texts " + l + " of " + code);
        bundle.put(code + ".guidance", guidance);
        return this;
    }

    /**
     * Declares an action of a code, as {@code CODE.TYPE.parameter=value} lines of
     * {@code actions.properties} do; see {@link ActionTemplate} for the placeholders.
     *
     * @param code a code of the pack, declared with {@link #code} before {@link #build()}
     * @param type the action type, standard or the host's own
     * @param parameters the parameter values with their placeholders, by name
     * @return this builder
     * @throws IllegalArgumentException when the code is not upper snake case, or the action lacks a
     *     required parameter, has an unknown one or a malformed placeholder
     * @throws IllegalStateException when an action of that type was given for the code
     */
    public RulePackBuilder action(String code, ActionType type, Map<String, String> parameters) {
        checkCode(code, "code");
        ActionTemplate template = new ActionTemplate(type, parameters);
        List<String> problems = ActionFiles.check(template, "action of " + code);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        once(actions.computeIfAbsent(code, c -> new LinkedHashMap<>()).putIfAbsent(type, template),
                "action " + type + " of " + code);
        return this;
    }

    /**
     * @param definition a parameter the pack's rules read
     * @return this builder
     * @throws IllegalStateException when a parameter of that name was given
     */
    public RulePackBuilder parameter(ParameterDefinition definition) {
        once(parameters.putIfAbsent(definition.name(), definition), "parameter " + definition.name());
        return this;
    }

    /**
     * @return the pack
     * @throws IllegalStateException when no DRL was given, or a suppression or an action names a
     *     code not declared with {@link #code}
     */
    public RulePack build() {
        if (sources.isEmpty()) {
            throw new IllegalStateException("pack " + name + ": needs at least one drl(path, text)");
        }
        Map<String, CatalogEntry> entries = new LinkedHashMap<>(codes);
        suppressions.forEach((code, by) -> {
            CatalogEntry e = entries.get(code);
            if (e == null) {
                throw new IllegalStateException("suppressedBy of " + code + ": no code(" + code + ", ...) declares it");
            }
            entries.put(code, new CatalogEntry(code, e.category(), e.priority(), e.department(), e.blocking(), by,
                    e.internal()));
        });
        for (String code : internals) {
            CatalogEntry e = entries.get(code);
            if (e == null) {
                throw new IllegalStateException("internal " + code + ": no code(" + code + ", ...) declares it");
            }
            entries.put(code, new CatalogEntry(code, e.category(), e.priority(), e.department(), e.blocking(),
                    e.suppressedBy(), true));
        }
        Map<String, List<ActionTemplate>> declaredActions = new LinkedHashMap<>();
        actions.forEach((code, byType) -> {
            if (!entries.containsKey(code)) {
                throw new IllegalStateException("action of " + code + ": no code(" + code + ", ...) declares it");
            }
            declaredActions.put(code, List.copyOf(byType.values()));
        });
        List<String> problems = CatalogFiles.checkTexts(entries.keySet(), internals, texts,
                language -> name + "/texts_" + language + ".properties", name + "/" + CatalogFiles.CODES);
        return RulePack.assembled(name, List.copyOf(sources.values()), List.copyOf(parameters.values()),
                new CatalogFiles.Catalog(entries, entries.keySet(), texts, problems, declaredActions));
    }

    private static void checkCode(String code, String what) {
        if (!UpperSnakeCase.matches(Objects.requireNonNull(code, what))) {
            throw new IllegalArgumentException(what + " '" + code + "': must be upper snake case, for example PAYMENT_TIMEOUT");
        }
    }

    private static void once(Object earlier, String setting) {
        if (earlier != null) {
            throw new IllegalStateException(setting + ": given twice");
        }
    }
}
