package io.omsexception.internal;

import io.omsexception.CatalogEntry;
import io.omsexception.ExceptionDefinition;
import io.omsexception.LocalizedText;
import io.omsexception.RulePack;
import io.omsexception.UpperSnakeCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins the compiled rules to the packs' catalogs: each rule's {@code @code} must be declared by
 * the catalog of the rule's own pack, and by no other pack. Gives every raised code its
 * {@link ExceptionDefinition}.
 *
 * <p>Errors (the engine refuses to build): a rule without {@code @code}, with a malformed one,
 * with the attributes or texts still in its metadata, with a code no catalog declares (unknown
 * code), or with a code another pack's catalog declares; a code declared by two packs; a
 * {@code suppressedBy} naming a code no catalog declares; suppressions that form a cycle. Warnings (logged): a declared code no
 * rule raises (left out of the definitions), a code without its texts in a language beyond zh
 * and en (the English text is shown instead).
 */
final class Catalogs {
    private static final Logger LOG = LoggerFactory.getLogger(Catalogs.class);
    /** The metadata a rule carried before the catalogs; now refused in rules. */
    static final List<String> MOVED = List.of("category", "priority", "department", "blocking", "suppressedBy",
            "guidanceZh", "guidanceEn", "customerZh", "customerEn");

    private Catalogs() {
    }

    /**
     * @param packs the packs, in the order added
     * @param rules every rule of the knowledge base
     * @param packOfRule the pack of each rule, by full name ({@code package.name})
     * @param infos filled with each rule's code and name, by full name
     * @param problems where problems are reported
     * @return the definition of every code some rule raises, sorted by code
     */
    static Map<String, ExceptionDefinition> resolve(List<RulePack> packs, List<Rule> rules,
            Map<String, RulePack> packOfRule, Map<String, CompiledRules.RuleInfo> infos, List<String> problems) {
        Map<String, List<RulePack>> declaredBy = new TreeMap<>();
        for (RulePack pack : packs) {
            for (String code : pack.declaredCodes()) {
                declaredBy.computeIfAbsent(code, c -> new ArrayList<>()).add(pack);
            }
        }
        declaredBy.forEach((code, by) -> {
            if (by.size() > 1) {
                problems.add("code " + code + " is declared by the catalogs of " + by.size() + " packs: "
                        + String.join(", ", by.stream().map(p -> p.name() + " (" + p.catalogPath() + ")").toList()));
            }
        });
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort((a, b) -> fullName(a).compareTo(fullName(b)));
        Map<String, List<String>> ruleNames = new TreeMap<>();
        Map<String, String> codeOfRule = new LinkedHashMap<>();
        for (Rule rule : sorted) {
            String code = codeOf(rule, packOfRule.get(fullName(rule)), declaredBy, problems);
            if (code != null) {
                ruleNames.computeIfAbsent(code, c -> new ArrayList<>()).add(rule.getName());
                codeOfRule.put(fullName(rule), code);
            }
        }
        for (RulePack pack : packs) {
            for (CatalogEntry e : pack.codes().values()) {
                for (String by : e.suppressedBy()) {
                    if (!declaredBy.containsKey(by)) {
                        problems.add(pack.catalogPath() + ": " + e.code() + ".suppressedBy: names " + by
                                + ", which no pack's catalog declares");
                    }
                }
                if (!ruleNames.containsKey(e.code()) && declaredBy.get(e.code()).size() == 1) {
                    LOG.warn("pack {}: {} declares {}, but no rule raises it; it is left out of the definitions",
                            pack.name(), pack.catalogPath(), e.code());
                }
            }
        }
        Map<String, ExceptionDefinition> definitions = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : ruleNames.entrySet()) {
            RulePack pack = declaredBy.get(e.getKey()).get(0);
            CatalogEntry entry = pack.codes().get(e.getKey());
            LocalizedText guidance = entry == null ? null : text(pack, entry.code(), "guidance");
            LocalizedText customer = entry == null || entry.internal() ? null : text(pack, entry.code(), "customer");
            if (guidance == null || (customer == null && !entry.internal())) {
                continue; // its declaration or texts have problems, reported with the pack's
            }
            definitions.put(e.getKey(), new ExceptionDefinition(entry.code(), entry.category(), entry.priority(),
                    entry.department(), entry.blocking(), guidance, customer, entry.suppressedBy(), e.getValue(),
                    pack.actions().getOrDefault(entry.code(), List.of())));
        }
        for (Rule rule : sorted) {
            String full = fullName(rule);
            String code = codeOfRule.get(full);
            if (code != null && definitions.containsKey(code)) {
                infos.put(full, new CompiledRules.RuleInfo(full, rule.getName(), definitions.get(code)));
            }
        }
        problems.addAll(Suppressions.cycles(packs));
        return Collections.unmodifiableMap(definitions);
    }

    private static String codeOf(Rule rule, RulePack pack, Map<String, List<RulePack>> declaredBy, List<String> problems) {
        String where = "rule \"" + rule.getName() + "\" (package " + rule.getPackageName() + ")";
        Map<String, Object> meta = rule.getMetaData();
        List<String> moved = MOVED.stream().filter(meta::containsKey).map(k -> "@" + k).toList();
        if (!moved.isEmpty()) {
            problems.add(where + ": " + String.join(", ", moved) + " belong" + (moved.size() == 1 ? "s" : "")
                    + " in the pack's catalog (codes.properties, texts_<language>.properties); a rule carries only @code");
            return null;
        }
        Object value = meta.get("code");
        String code = value == null ? "" : text(value);
        if (code.isBlank()) {
            problems.add(where + ": missing metadata @code");
            return null;
        }
        if (!UpperSnakeCase.matches(code)) {
            problems.add(where + ": @code: must be upper snake case, for example PAYMENT_TIMEOUT, but was '" + code + "'");
            return null;
        }
        if (pack == null) {
            problems.add(where + ": cannot tell which pack declares the rule; are two packs using one package and rule name?");
            return null;
        }
        List<RulePack> by = declaredBy.get(code);
        if (by == null) {
            problems.add(where + ": unknown code " + code + ": declare it in " + pack.catalogPath());
            return null;
        }
        if (!by.contains(pack)) {
            RulePack owner = by.get(0);
            problems.add(where + ": code " + code + " is declared by pack " + owner.name() + " (" + owner.catalogPath()
                    + "), not by this rule's pack " + pack.name() + "; a rule raises only codes of its own pack's catalog");
            return null;
        }
        return code;
    }

    /** @return the code's text in every language of the pack, or null when zh or en lacks it */
    private static LocalizedText text(RulePack pack, String code, String which) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        pack.texts().forEach((language, bundle) -> {
            String t = bundle.get(code + "." + which);
            if (t != null && !t.isBlank()) {
                byLanguage.put(language, t);
            } else if (!CatalogFiles.REQUIRED_LANGUAGES.contains(language)) {
                LOG.warn("pack {}: no {} {} text of {}; the English text is shown instead", pack.name(), language, which, code);
            }
        });
        return byLanguage.keySet().containsAll(CatalogFiles.REQUIRED_LANGUAGES) ? LocalizedText.of(byLanguage) : null;
    }

    static String fullName(Rule rule) {
        return rule.getPackageName() + "." + rule.getName();
    }

    private static String text(Object value) {
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
