package io.omsexception.internal;

import io.omsexception.Action;
import io.omsexception.ActionTemplate;
import io.omsexception.ActionType;
import io.omsexception.UpperSnakeCase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a pack's {@code actions.properties} (per code and action type
 * {@code CODE.TYPE.parameter=value}, {@code CODE.TYPE=} for an action without parameters, and
 * optional {@code types=} listing the pack's own action types), and binds the declared actions of
 * a finding when an order is evaluated (see {@link ActionTemplate}). Problems are reported as
 * {@code file: key: message}. Stateless and thread-safe.
 */
public final class ActionFiles {
    /** The file of a pack's actions. */
    public static final String ACTIONS = "actions.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PARAMETER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> FINDING = Set.of("finding.lines", "finding.otherLines", "finding.skus",
            "finding.code", "order.orderId", "order.tier");
    private static final Map<String, Pattern> PATHS = new ConcurrentHashMap<>();

    private ActionFiles() {
    }

    /**
     * @param text the file's text, or null when the pack has none
     * @param path the file, for messages
     * @param declared the codes the pack's catalog declares
     * @param codesPath the catalog's file, for messages
     * @param problems where problems are added
     * @return the actions by code, in file order
     */
    static Map<String, List<ActionTemplate>> read(String text, String path, Set<String> declared, String codesPath,
            List<String> problems) {
        if (text == null) {
            return Map.of();
        }
        Map<String, String> raw = CatalogFiles.load(text, path, problems);
        Set<String> own = new LinkedHashSet<>();
        if (raw.containsKey("types")) {
            for (String t : raw.get("types").split(",")) {
                String n = t.strip();
                if (n.isEmpty()) {
                    continue;
                }
                if (!UpperSnakeCase.matches(n)) {
                    problems.add(path + ": types: must be upper snake case of at most 64 characters, for example"
                            + " WEIGH_PARCEL, but was '" + n + "'");
                } else if (ActionType.standard().stream().anyMatch(s -> s.name().equals(n))) {
                    problems.add(path + ": types: " + n + " is a standard action type; list only the pack's own");
                } else {
                    own.add(n);
                }
            }
        }
        Map<String, Map<String, Map<String, String>>> byCode = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey();
            if (key.equals("types")) {
                continue;
            }
            String[] parts = key.split("\\.", -1);
            if ((parts.length != 2 && parts.length != 3) || !UpperSnakeCase.matches(parts[0])
                    || !UpperSnakeCase.matches(parts[1]) || (parts.length == 3 && !PARAMETER.matcher(parts[2]).matches())) {
                problems.add(path + ": " + key + ": unknown key; use CODE.TYPE.parameter, CODE.TYPE (an action without"
                        + " parameters) or types");
                continue;
            }
            Map<String, String> parameters = byCode.computeIfAbsent(parts[0], c -> new LinkedHashMap<>())
                    .computeIfAbsent(parts[1], t -> new LinkedHashMap<>());
            if (parts.length == 3) {
                parameters.put(parts[2], e.getValue());
            } else if (!e.getValue().isEmpty()) {
                problems.add(path + ": " + key + ": must be empty (an action without parameters); give parameters as "
                        + key + ".parameter=value");
            }
        }
        Map<String, List<ActionTemplate>> actions = new LinkedHashMap<>();
        byCode.forEach((code, types) -> {
            if (!declared.contains(code)) {
                problems.add(path + ": " + code + ": no code " + code + " in " + codesPath);
                return;
            }
            List<ActionTemplate> list = new ArrayList<>();
            types.forEach((typeName, parameters) -> {
                boolean standard = ActionType.standard().stream().anyMatch(s -> s.name().equals(typeName));
                if (!standard && !own.contains(typeName)) {
                    problems.add(path + ": " + code + "." + typeName + ": unknown action type " + typeName
                            + "; use one of " + String.join(", ", ActionType.standard().stream().map(ActionType::name).toList())
                            + " or add the pack's own with types=");
                    return;
                }
                ActionTemplate template = new ActionTemplate(ActionType.of(typeName), parameters);
                List<String> found = check(template, path + ": " + code);
                problems.addAll(found);
                if (found.isEmpty()) {
                    list.add(template);
                }
            });
            actions.put(code, List.copyOf(list));
        });
        return Collections.unmodifiableMap(actions);
    }

    /**
     * @param template a declared action
     * @param where the file and code, for messages, for example {@code logistics/actions.properties: PARCEL_STRANDED}
     * @return what is wrong with it: a missing required parameter, an unknown parameter, a malformed placeholder
     */
    public static List<String> check(ActionTemplate template, String where) {
        List<String> problems = new ArrayList<>();
        ActionType type = template.type();
        String at = where + "." + type.name();
        for (String required : type.requiredParameters()) {
            if (!template.parameters().containsKey(required)) {
                problems.add(at + ": missing parameter " + required);
            }
        }
        template.parameters().forEach((name, value) -> {
            if (!type.accepts(name)) {
                problems.add(at + "." + name + ": unknown parameter of " + type.name() + "; it takes "
                        + String.join(", ", type.requiredParameters()) + optionalOf(type));
            }
            if (value.isBlank()) {
                problems.add(at + "." + name + ": empty; leave the parameter out or give a value");
            }
            int open = value.indexOf("${");
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                for (String alternative : m.group(1).split("\\|", -1)) {
                    String ref = alternative.strip();
                    if (ref.isEmpty()) {
                        problems.add(at + "." + name + ": an empty placeholder in '" + value + "'");
                    } else if ((ref.startsWith("finding.") || ref.startsWith("order.")) && !FINDING.contains(ref)) {
                        problems.add(at + "." + name + ": unknown placeholder ${" + ref + "}; use an evidence path or one of "
                                + String.join(", ", FINDING.stream().sorted().map(f -> "${" + f + "}").toList()));
                    }
                }
            }
            if (open >= 0 && value.replaceAll(PLACEHOLDER.pattern(), "").contains("${")) {
                problems.add(at + "." + name + ": an unclosed placeholder: '" + value + "'");
            }
        });
        return problems;
    }

    private static String optionalOf(ActionType type) {
        List<String> optional = new ArrayList<>();
        for (String candidate : List.of("trackingNumber")) {
            if (type.accepts(candidate) && !type.requiredParameters().contains(candidate)) {
                optional.add(candidate);
            }
        }
        return optional.isEmpty() ? "" : " and optionally " + String.join(", ", optional);
    }

    /**
     * Binds a finding's declared actions.
     *
     * @param templates the code's declared actions
     * @param evidence the finding's evidence, in evidence order
     * @param lines the finding's lines
     * @param skus the finding's SKUs
     * @param code the finding's code
     * @param orderId the order's id
     * @param tier the customer's tier, or null
     * @param lineCount how many lines the order has
     * @return the actions whose required parameters all have values, in declaration order
     */
    public static List<Action> bind(List<ActionTemplate> templates, Map<String, Object> evidence, List<Integer> lines,
            List<String> skus, String code, String orderId, String tier, int lineCount) {
        if (templates.isEmpty()) {
            return List.of();
        }
        List<Action> actions = new ArrayList<>(templates.size());
        for (ActionTemplate t : templates) {
            Map<String, Object> bound = new LinkedHashMap<>();
            t.parameters().forEach((name, value) -> {
                Object v = value(value, evidence, lines, skus, code, orderId, tier, lineCount);
                if (v != null) {
                    bound.put(name, v);
                }
            });
            if (bound.keySet().containsAll(t.type().requiredParameters())) {
                actions.add(new Action(t.type(), bound));
            }
        }
        return List.copyOf(actions);
    }

    private static Object value(String value, Map<String, Object> evidence, List<Integer> lines, List<String> skus,
            String code, String orderId, String tier, int lineCount) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder text = new StringBuilder();
        int end = 0;
        while (m.find()) {
            Object v = lookup(m.group(1).strip(), evidence, lines, skus, code, orderId, tier, lineCount);
            if (v == null || (v instanceof Collection<?> c && c.isEmpty())) {
                return null;
            }
            if (m.start() == 0 && m.end() == value.length()) {
                return v;
            }
            text.append(value, end, m.start()).append(v instanceof Collection<?> c
                    ? String.join(",", c.stream().map(String::valueOf).toList()) : v);
            end = m.end();
        }
        return text.append(value.substring(end)).toString();
    }

    private static Object lookup(String ref, Map<String, Object> evidence, List<Integer> lines, List<String> skus,
            String code, String orderId, String tier, int lineCount) {
        switch (ref) {
            case "finding.lines":
                return lines;
            case "finding.otherLines": {
                List<Integer> other = new ArrayList<>();
                for (int i = 0; i < lineCount; i++) {
                    if (!lines.contains(i)) {
                        other.add(i);
                    }
                }
                return lines.isEmpty() ? null : other;
            }
            case "finding.skus":
                return skus;
            case "finding.code":
                return code;
            case "order.orderId":
                return orderId;
            case "order.tier":
                return tier;
            default:
                break;
        }
        if (ref.contains("|")) {
            for (String alternative : ref.split("\\|")) {
                Object v = lookup(alternative.strip(), evidence, lines, skus, code, orderId, tier, lineCount);
                if (v != null && !(v instanceof Collection<?> c && c.isEmpty())) {
                    return v;
                }
            }
            return null;
        }
        if (!ref.contains("[]")) {
            return evidence.get(ref);
        }
        Pattern p = PATHS.computeIfAbsent(ref, r -> Pattern.compile(
                String.join("\\[\\d+\\]", java.util.Arrays.stream(r.split("\\[\\]", -1)).map(Pattern::quote).toList())));
        for (Map.Entry<String, Object> e : evidence.entrySet()) {
            if (e.getValue() != null && p.matcher(e.getKey()).matches()) {
                return e.getValue();
            }
        }
        return null;
    }
}
