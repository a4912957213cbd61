package io.omsexception.internal;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.ExceptionDefinition;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/** Reads and checks the {@code @code @category ...} metadata of compiled rules. */
final class Metadata {
    static final List<String> REQUIRED = List.of("code", "category", "priority", "department", "blocking",
            "guidanceZh", "guidanceEn", "customerZh", "customerEn");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private Metadata() {
    }

    static Map<String, ExceptionDefinition> read(List<Rule> rules, Map<String, CompiledRules.RuleInfo> infos,
            List<String> problems) {
        Map<String, ExceptionDefinition> byCode = new TreeMap<>();
        Map<String, String> firstRule = new LinkedHashMap<>();
        Map<String, List<String>> ruleNames = new LinkedHashMap<>();
        Map<String, Rule> byFullName = new LinkedHashMap<>();
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort((a, b) -> fullName(a).compareTo(fullName(b)));
        for (Rule rule : sorted) {
            String where = "rule \"" + rule.getName() + "\" (package " + rule.getPackageName() + ")";
            Map<String, Object> meta = rule.getMetaData();
            List<String> missing = new ArrayList<>();
            for (String key : REQUIRED) {
                Object v = meta.get(key);
                if (v == null || v.toString().isBlank()) {
                    missing.add("@" + key);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(where + ": missing metadata " + String.join(", ", missing));
                continue;
            }
            String code = text(meta, "code");
            if (!CODE.matcher(code).matches()) {
                problems.add(where + ": @code: must be upper snake case, for example PAYMENT_TIMEOUT, but was '" + code + "'");
                continue;
            }
            ExceptionDefinition d;
            try {
                d = new ExceptionDefinition(code,
                        parseStandard(Category.standard(), Category::name, text(meta, "category"), "category"),
                        parsePriority(text(meta, "priority")),
                        parseStandard(Department.standard(), Department::name, text(meta, "department"), "department"),
                        parseBlocking(text(meta, "blocking")),
                        new LocalizedText(text(meta, "guidanceZh"), text(meta, "guidanceEn")),
                        new LocalizedText(text(meta, "customerZh"), text(meta, "customerEn")),
                        meta.get("suppressedBy") == null ? null : text(meta, "suppressedBy"),
                        List.of());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            String full = fullName(rule);
            byFullName.put(full, rule);
            ruleNames.computeIfAbsent(code, c -> new ArrayList<>()).add(rule.getName());
            ExceptionDefinition earlier = byCode.get(code);
            if (earlier == null) {
                byCode.put(code, d);
                firstRule.put(code, rule.getName());
            } else {
                String diff = difference(earlier, d);
                if (diff != null) {
                    problems.add(where + ": code " + code + " is declared differently by rule \""
                            + firstRule.get(code) + "\": " + diff);
                }
            }
        }
        Map<String, ExceptionDefinition> result = new TreeMap<>();
        for (Map.Entry<String, ExceptionDefinition> e : byCode.entrySet()) {
            ExceptionDefinition d = e.getValue();
            if (d.suppressedBy() != null && !byCode.containsKey(d.suppressedBy())) {
                problems.add("code " + d.code() + ": @suppressedBy names " + d.suppressedBy()
                        + ", which no rule raises");
            }
            result.put(e.getKey(), new ExceptionDefinition(d.code(), d.category(), d.priority(), d.department(),
                    d.blocking(), d.guidance(), d.customerMessage(), d.suppressedBy(), ruleNames.get(d.code())));
        }
        for (Map.Entry<String, Rule> e : byFullName.entrySet()) {
            Rule rule = e.getValue();
            infos.put(e.getKey(), new CompiledRules.RuleInfo(e.getKey(), rule.getName(),
                    result.get(text(rule.getMetaData(), "code"))));
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    static String fullName(Rule rule) {
        return rule.getPackageName() + "." + rule.getName();
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.indexOf('\\') < 0 ? s : s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static <T> T parseStandard(List<T> values, java.util.function.Function<T, String> name, String text,
            String key) {
        for (T v : values) {
            if (name.apply(v).equals(text)) {
                return v;
            }
        }
        throw new IllegalArgumentException("@" + key + ": must be one of " + values + " but was '" + text + "'");
    }

    private static Priority parsePriority(String text) {
        try {
            return Priority.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@priority: " + e.getMessage());
        }
    }

    private static BlockingPolicy parseBlocking(String text) {
        try {
            return BlockingPolicy.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@blocking: " + e.getMessage());
        }
    }

    private static String difference(ExceptionDefinition a, ExceptionDefinition b) {
        List<String> diffs = new ArrayList<>();
        compare(diffs, "category", a.category(), b.category());
        compare(diffs, "priority", a.priority(), b.priority());
        compare(diffs, "department", a.department(), b.department());
        compare(diffs, "blocking", a.blocking(), b.blocking());
        compare(diffs, "guidance", a.guidance(), b.guidance());
        compare(diffs, "customer message", a.customerMessage(), b.customerMessage());
        compare(diffs, "suppressedBy", a.suppressedBy(), b.suppressedBy());
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    private static void compare(List<String> diffs, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            diffs.add(what + " " + a + " vs " + b);
        }
    }
}
