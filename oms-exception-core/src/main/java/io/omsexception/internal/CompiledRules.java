package io.omsexception.internal;

import io.omsexception.ExceptionDefinition;
import io.omsexception.RulePack;
import io.omsexception.RulePackException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rule packs compiled to, or loaded as, the executable model, joined to their checked catalogs. */
public final class CompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern PARAMETER_USE = Pattern.compile(
            "\\.(?:integer|decimal|seconds|list|text)\\(\\s*\"([^\"]+)\"\\s*\\)");

    private final KieBase kieBase;
    private final Map<String, ExceptionDefinition> definitions;
    private final Map<String, RuleInfo> rules;
    /** The same, by the knowledge base's own rule objects: a firing finds its rule without building a name. */
    private final Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    private final boolean declaresFindings;

    private CompiledRules(KieBase kieBase, Map<String, ExceptionDefinition> definitions,
            Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.definitions = definitions;
        this.rules = rules;
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                byRule.put(r, rules.get(Catalogs.fullName(r)));
            }
        }
        this.declaresFindings = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("findings")));
    }

    /**
     * Compiles the packs into one knowledge base. Precompiled packs are loaded from their
     * generated model classes; DRL packs are compiled to the executable model now. Every source is
     * first checked by {@link DrlCheck} (no exit, no clock, no endless loop, a valid package name). When both
     * kinds are given, the models generated for the DRL packs join the precompiled ones in a
     * single knowledge base, so one session evaluates every rule. Then every rule's {@code @code}
     * is joined to the catalog of its pack ({@link Catalogs}). Problems of the packs' files, of the
     * parameters the DRL reads and of the catalogs are all listed together; DRL compile errors
     * stop before the catalogs are joined, since there are no rules to join.
     *
     * @param packs the packs, at least one
     * @param parameterNames the declared parameter names, to check the names the DRL reads
     * @param classLoader the class loader of the fact classes and of the precompiled models
     * @return the compiled rules with the definition of every raised code
     * @throws RulePackException listing every problem
     */
    public static CompiledRules compile(List<RulePack> packs, Set<String> parameterNames, ClassLoader classLoader) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        int declared = 0;
        List<RulePack> drlPacks = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        Map<String, RulePack> packOfRule = new LinkedHashMap<>();
        boolean modelMissing = false;
        if (packs.stream().anyMatch(RulePack::isPrecompiled)) {
            WarmUp.startOnce(classLoader);
        }
        List<String> refused = new ArrayList<>();
        for (RulePack pack : packs) {
            problems.addAll(pack.problems());
            for (RulePack.Source source : pack.sources()) {
                declared += declaredRules(source, pack, packOfRule);
                checkParameters(source, parameterNames, problems);
                refused.addAll(DrlCheck.problems(source.path(), source.content()));
            }
            if (pack.isPrecompiled()) {
                for (String className : pack.modelClasses()) {
                    Model model = loadModel(pack, className, classLoader, problems);
                    if (model != null) {
                        models.add(model);
                    } else {
                        modelMissing = true;
                    }
                }
            } else {
                drlPacks.add(pack);
            }
        }
        if (!refused.isEmpty()) {
            // what a pack must not do, or cannot be compiled as it is: nothing is compiled
            problems.addAll(refused);
            throw new RulePackException(problems);
        }
        KieBase kieBase;
        if (drlPacks.isEmpty()) {
            if (modelMissing) {
                throw new RulePackException(problems);
            }
            kieBase = fromModels(models, classLoader);
        } else {
            kieBase = compileDrl(drlPacks, models, classLoader, problems);
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            all.addAll(p.getRules());
        }
        if (all.size() != declared) {
            problems.add("the packs declare " + declared + " rules but " + all.size()
                    + " were " + (models.isEmpty() ? "compiled" : "loaded")
                    + "; is a rule name used twice in one package, or a precompiled model out of date or missing?");
        }
        Map<String, ExceptionDefinition> definitions = Catalogs.resolve(packs, all, packOfRule, rules, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        LOG.debug("built {} rules of {} codes ({} precompiled models, {} DRL packs) in {} ms", all.size(),
                definitions.size(), models.size(), drlPacks.size(), (System.nanoTime() - start) / 1_000_000);
        return new CompiledRules(kieBase, definitions, rules);
    }

    /** Counts the rules a source declares and notes their pack by full name ({@code package.name}). */
    private static int declaredRules(RulePack.Source source, RulePack pack, Map<String, RulePack> packOfRule) {
        String drl = stripComments(source.content());
        Matcher pkg = PACKAGE.matcher(drl);
        String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
        Matcher m = RULE_DECLARATION.matcher(drl);
        int n = 0;
        while (m.find()) {
            n++;
            String ruleName = m.group(1);
            if (ruleName.length() >= 2 && (ruleName.startsWith("\"") || ruleName.startsWith("'"))) {
                ruleName = ruleName.substring(1, ruleName.length() - 1);
            }
            packOfRule.putIfAbsent(packageName + "." + ruleName, pack);
        }
        return n;
    }

    private static Model loadModel(RulePack pack, String className, ClassLoader classLoader, List<String> problems) {
        try {
            Object model = Class.forName(className, true, classLoader).getDeclaredConstructor().newInstance();
            if (model instanceof Model m) {
                return m;
            }
            problems.add("pack " + pack.name() + ": " + className + " is not a Drools executable model");
        } catch (ReflectiveOperationException | LinkageError e) {
            problems.add("pack " + pack.name() + ": precompiled model " + className + " cannot be loaded ("
                    + e + "); was the pack built with kie-maven-plugin, and is drools-model-compiler on the class path?");
        }
        return null;
    }

    private static KieBase fromModels(List<Model> models, ClassLoader classLoader) {
        // RuleBaseFactory rather than KieServices: the precompiled path then never initialises
        // KieServices and the builder machinery behind it, which saves start-up time
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    private static KieBase compileDrl(List<RulePack> drlPacks, List<Model> precompiled, ClassLoader classLoader,
            List<String> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.omsexception.runtime", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> kfsPathToSource = new LinkedHashMap<>();
        int n = 0;
        for (RulePack pack : drlPacks) {
            for (RulePack.Source source : pack.sources()) {
                Matcher pkg = PACKAGE.matcher(source.content());
                String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "defaultpkg";
                String kfsPath = "src/main/resources/" + folder + "/" + (n++) + "_" + fileName(source.path());
                kfsPathToSource.put(kfsPath, source.path());
                kfs.write(kfsPath, source.content());
            }
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs, classLoader).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // the code generator fails on some input with an exception instead of a message
            // (DrlCheck catches the cases known): a problem of the packs, not a stack trace
            ks.getRepository().removeKieModule(releaseId);
            String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            problems.add(String.join(", ", kfsPathToSource.values()) + ":0:0 the DRL cannot be compiled: "
                    + e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m));
            throw new RulePackException(problems);
        }
        try {
            Map<String, String> drl = sourcesByPath(drlPacks);
            List<String> drlProblems = TableProblems.locate(BuildProblems.describe(
                    builder.getResults().getMessages(Message.Level.ERROR), kfsPathToSource, drl), drl);
            if (!drlProblems.isEmpty()) {
                problems.addAll(drlProblems);
                throw new RulePackException(problems);
            }
            if (precompiled.isEmpty()) {
                return ks.newKieContainer(releaseId, classLoader).getKieBase();
            }
            // Host DRL next to precompiled packs: take the models just generated for the DRL and
            // build one knowledge base from them and the precompiled ones.
            List<Model> models = new ArrayList<>(precompiled);
            models.addAll(generatedModels(builder));
            return fromModels(models, classLoader);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static Collection<Model> generatedModels(KieBuilder builder) {
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        CanonicalKieModule canonical = module instanceof CanonicalKieModule c ? c : new CanonicalKieModule(module);
        KieBaseModelImpl kieBaseModel = (KieBaseModelImpl) canonical.getKieModuleModel().getKieBaseModels().values()
                .iterator().next();
        return canonical.getModelForKBase(kieBaseModel);
    }

    private static void checkParameters(RulePack.Source source, Set<String> names, List<String> problems) {
        String content = source.content();
        Matcher m = PARAMETER_USE.matcher(content);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                int at = m.start(1);
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (content.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                problems.add(source.path() + ":" + line + ":" + (at - lineStart + 1) + " unknown parameter '"
                        + m.group(1) + "': declare it with the pack or the builder's defineParameter");
            }
        }
    }

    private static String fileName(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\w.-]", "_"); // a table's "x.csv [sheet s]"
        return name.endsWith(".drl") ? name : name + ".drl";
    }

    private static Map<String, String> sourcesByPath(List<RulePack> packs) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (RulePack pack : packs) {
            for (RulePack.Source source : pack.sources()) {
                sources.put(source.path(), source.content());
            }
        }
        return sources;
    }

    static String stripComments(String drl) {
        return drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
    }

    /** @return the compiled knowledge base, shared by every session */
    public KieBase kieBase() {
        return kieBase;
    }

    /** @return every code's definition, by code, sorted by code */
    public Map<String, ExceptionDefinition> definitions() {
        return definitions;
    }

    /** @return every rule's code and display name, by the rule's full name */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /**
     * @param rule a rule of this knowledge base, as a match reports it
     * @return its code and name
     */
    public RuleInfo info(Rule rule) {
        RuleInfo info = byRule.get(rule);
        return info != null ? info : rules.get(Catalogs.fullName(rule));
    }

    /** @return whether some pack declares the {@code findings} global */
    public boolean declaresFindings() {
        return declaresFindings;
    }

    /** What a firing rule raises. */
    public record RuleInfo(String fullName, String name, ExceptionDefinition definition) {
    }
}
