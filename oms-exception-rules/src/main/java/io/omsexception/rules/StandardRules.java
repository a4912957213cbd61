package io.omsexception.rules;

import io.omsexception.RulePack;
import io.omsexception.spi.StandardRulePackProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard rule packs, one per category, registered for
 * {@link io.omsexception.OrderExceptionEngine.Builder#withStandardRules()}. Each pack is a folder
 * {@code io/omsexception/rules/<category>/} of this artifact holding {@code <category>.drl} (whose
 * rules carry only {@code @code}) and, beside it, the pack's catalog {@code codes.properties}, its
 * texts {@code texts_zh.properties} and {@code texts_en.properties} and its
 * {@code parameters.properties}, all read from the class path with the DRL.
 *
 * <p>The packs are precompiled at build time: {@code kie-maven-plugin} generates the Drools
 * executable model of every DRL file and lists the generated model classes in
 * {@value #MODEL_LIST}. {@link #rulePacks()} hands the engine those class names with the DRL, so
 * that building an engine loads the rules instead of compiling them. When the list is missing (the
 * classes were compiled without the plugin, for example by an IDE), the packs fall back to DRL
 * compiled at start-up, with the same results, only slower to build.
 */
public final class StandardRules implements StandardRulePackProvider {

    /** The categories with a pack, in catalog order; each names its folder and DRL file. */
    public static final List<String> PACKS = List.of("payment", "information", "inventory", "logistics", "risk", "refund");

    /** The list of generated model classes that {@code kie-maven-plugin} writes into this artifact. */
    public static final String MODEL_LIST = "META-INF/kie/io.omsexception/oms-exception-rules/drools-model";

    private static final String PACKAGE_PREFIX = "io.omsexception.rules.";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public StandardRules() {
    }

    @Override
    public List<RulePack> rulePacks() {
        ClassLoader loader = StandardRules.class.getClassLoader();
        List<String> models = modelClasses(loader);
        if (models.isEmpty()) {
            return drlPacks();
        }
        List<RulePack> packs = new ArrayList<>(PACKS.size());
        for (RulePack drl : drlPacks()) {
            String pkg = PACKAGE_PREFIX + drl.name() + ".";
            List<String> own = models.stream()
                    .filter(m -> m.startsWith(pkg) && m.indexOf('.', pkg.length()) < 0)
                    .toList();
            packs.add(own.isEmpty() ? drl : drl.precompiled(own));
        }
        return packs;
    }

    /**
     * The same packs as DRL only, compiled by the engine at start-up: for the tests and
     * benchmarks that compare the two ways, and for hosts that want to see the DRL compiled.
     *
     * @return the standard packs without their precompiled models, with the files beside their DRL
     */
    public static List<RulePack> drlPacks() {
        ClassLoader loader = StandardRules.class.getClassLoader();
        return PACKS.stream()
                .map(p -> RulePack.fromClasspath(p, loader, "io/omsexception/rules/" + p + "/" + p + ".drl"))
                .toList();
    }

    static List<String> modelClasses(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                // the first line is a header such as "Drools-Model-Version:10.2.0"
                if (!name.isEmpty() && !name.contains(":")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_LIST, e);
        }
        return names;
    }
}
