package io.omsexception.internal;

import io.omsexception.ActionTemplate;
import io.omsexception.BlockingPolicy;
import io.omsexception.CatalogEntry;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Priority;
import io.omsexception.UpperSnakeCase;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a pack's catalog: {@code codes.properties} (per code {@code X.category},
 * {@code X.priority}, {@code X.department}, {@code X.blocking}, optional {@code X.suppressedBy} (codes,
 * comma-separated) and {@code X.internal} ({@code true}: no customer message);
 * optional {@code departments=} and {@code categories=} listing the pack's own values) and its
 * texts bundles {@code texts_<language>.properties} ({@code X.guidance}, {@code X.customer}), and
 * its actions ({@code actions.properties}, see {@link ActionFiles}).
 * The files are {@link Properties} files read as UTF-8 (so {@code \} continues a line and
 * escapes a character). What is wrong is reported as {@code file: key: message}, and the rest is
 * still read. Stateless and thread-safe.
 */
public final class CatalogFiles {
    /** The file of a pack's codes. */
    public static final String CODES = "codes.properties";
    /** The attributes of a code, in the order they are checked. */
    static final List<String> ATTRIBUTES = List.of("category", "priority", "department", "blocking", "suppressedBy",
            "internal");
    /** The texts of a code. */
    static final List<String> TEXTS = List.of("guidance", "customer");
    /** The languages every code needs its texts in. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("zh", "en");
    private static final Pattern TEXTS_FILE = Pattern.compile("texts_(.+)\\.properties");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}(_[a-z0-9]{1,8})*");

    private CatalogFiles() {
    }

    /**
     * What a pack's catalog declares.
     *
     * @param codes the codes declared without a problem, in file order
     * @param declared every code the catalog names, also those whose declaration has problems
     * @param texts by language, the texts by key ({@code X.guidance}, {@code X.customer})
     * @param problems what is wrong, one line each
     * @param actions the declared actions by code ({@code actions.properties}), in file order
     */
    public record Catalog(Map<String, CatalogEntry> codes, Set<String> declared, Map<String, Map<String, String>> texts,
            List<String> problems, Map<String, List<ActionTemplate>> actions) {
        /** A catalog without actions. */
        public Catalog(Map<String, CatalogEntry> codes, Set<String> declared, Map<String, Map<String, String>> texts,
                List<String> problems) {
            this(codes, declared, texts, problems, Map.of());
        }
    }

    /**
     * Reads the catalog files of a pack folder; a folder without them declares nothing.
     *
     * @param folder the pack's folder
     * @return what they declare, and their problems, including missing texts
     * @throws UncheckedIOException when a file exists but cannot be read
     */
    public static Catalog read(PackFolder folder) {
        List<String> problems = new ArrayList<>();
        String codesPath = folder.path(CODES);
        Map<String, String> raw = folder.read(CODES).map(t -> load(t, codesPath, problems)).orElse(Map.of());
        Map<String, CatalogEntry> codes = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        parseCodes(raw, codesPath, codes, declared, problems);
        Map<String, Map<String, String>> texts = new TreeMap<>();
        for (String file : folder.list("texts_", ".properties")) {
            Matcher m = TEXTS_FILE.matcher(file);
            String language = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(folder.path(file) + ": not a texts bundle: name it texts_<language>.properties, "
                        + "for example texts_ja.properties");
                continue;
            }
            String path = folder.path(file);
            Map<String, String> bundle = load(folder.read(file).orElse(""), path, problems);
            if (texts.putIfAbsent(language, bundle) != null) {
                problems.add(path + ": a second texts bundle of language " + language);
            }
        }
        Set<String> internal = new LinkedHashSet<>();
        codes.values().stream().filter(CatalogEntry::internal).forEach(e -> internal.add(e.code()));
        problems.addAll(checkTexts(declared, internal, texts, language -> folder.path("texts_" + language + ".properties"),
                codesPath));
        Map<String, List<ActionTemplate>> actions = ActionFiles.read(folder.read(ActionFiles.ACTIONS).orElse(null),
                folder.path(ActionFiles.ACTIONS), declared, codesPath, problems);
        return new Catalog(codes, declared, texts, problems, actions);
    }

    /**
     * Checks a pack's texts against its codes: every key names a declared code's guidance or
     * customer message, every declared code has both in Chinese and English, except an internal
     * code, which has guidance and no customer message.
     *
     * @param declared the codes the pack declares
     * @param internal the declared codes that are internal
     * @param texts by language, the texts by key
     * @param path the file of a language's texts, for messages
     * @param codesPath the file of the codes, for messages
     * @return the problems, one line each; empty when there are none
     */
    public static List<String> checkTexts(Set<String> declared, Set<String> internal,
            Map<String, Map<String, String>> texts,
            Function<String, String> path, String codesPath) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> bundle : texts.entrySet()) {
            for (String key : bundle.getValue().keySet()) {
                int dot = key.lastIndexOf('.');
                String code = dot < 0 ? key : key.substring(0, dot);
                if (dot < 0 || !TEXTS.contains(key.substring(dot + 1))) {
                    problems.add(path.apply(bundle.getKey()) + ": " + key + ": unknown key; use CODE.guidance or CODE.customer");
                } else if (!declared.contains(code)) {
                    problems.add(path.apply(bundle.getKey()) + ": " + key + ": no code " + code + " in " + codesPath);
                } else if (internal.contains(code) && key.endsWith(".customer")) {
                    problems.add(path.apply(bundle.getKey()) + ": " + key + ": " + code
                            + " is internal (" + code + ".internal=true in " + codesPath + "): it has no customer message");
                }
            }
        }
        for (String code : declared) {
            for (String language : REQUIRED_LANGUAGES) {
                Map<String, String> bundle = texts.getOrDefault(language, Map.of());
                for (String text : TEXTS) {
                    if (text.equals("customer") && internal.contains(code)) {
                        continue;
                    }
                    String value = bundle.get(code + "." + text);
                    if (value == null || value.isBlank()) {
                        problems.add(path.apply(language) + ": " + code + "." + text + ": missing");
                    }
                }
            }
        }
        return problems;
    }

    /** Loads a properties text in file order; a key given twice is a problem. */
    static Map<String, String> load(String text, String path, List<String> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.putIfAbsent((String) key, ((String) value).strip()) != null) {
                    problems.add(path + ": " + key + ": given twice");
                }
                return null;
            }
        };
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(path + ": cannot be read as a properties file: " + e.getMessage());
        }
        return Collections.unmodifiableMap(entries);
    }

    private static void parseCodes(Map<String, String> raw, String path, Map<String, CatalogEntry> codes,
            Set<String> declared, List<String> problems) {
        Set<String> ownCategories = ownValues(raw, "categories", Category::of, path, problems);
        Set<String> ownDepartments = ownValues(raw, "departments", Department::of, path, problems);
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey();
            if (key.equals("categories") || key.equals("departments")) {
                continue;
            }
            int dot = key.lastIndexOf('.');
            String code = dot < 0 ? key : key.substring(0, dot);
            String attribute = dot < 0 ? "" : key.substring(dot + 1);
            if (!ATTRIBUTES.contains(attribute)) {
                problems.add(path + ": " + key + ": unknown key; use CODE." + String.join(", CODE.", ATTRIBUTES)
                        + ", categories or departments");
            } else if (!UpperSnakeCase.matches(code)) {
                problems.add(path + ": " + key + ": the code must be upper snake case, for example PAYMENT_TIMEOUT");
            } else {
                byCode.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(attribute, e.getValue());
            }
        }
        for (Map.Entry<String, Map<String, String>> e : byCode.entrySet()) {
            String code = e.getKey();
            declared.add(code);
            Map<String, String> a = e.getValue();
            int before = problems.size();
            for (String required : ATTRIBUTES.subList(0, 4)) {
                if (a.get(required) == null || a.get(required).isEmpty()) {
                    problems.add(path + ": " + code + "." + required + ": missing");
                }
            }
            Category category = a.get("category") == null || a.get("category").isEmpty() ? null
                    : own(a.get("category"), Category.standard(), Category::name, ownCategories, Category::of, "categories",
                            path + ": " + code + ".category", problems);
            Department department = a.get("department") == null || a.get("department").isEmpty() ? null
                    : own(a.get("department"), Department.standard(), Department::name, ownDepartments, Department::of,
                            "departments", path + ": " + code + ".department", problems);
            Priority priority = parse(a.get("priority"), Priority::parse, path + ": " + code + ".priority", problems);
            BlockingPolicy blocking = parse(a.get("blocking"), BlockingPolicy::parse, path + ": " + code + ".blocking",
                    problems);
            List<String> suppressedBy = new ArrayList<>();
            if (a.get("suppressedBy") != null) {
                for (String by : a.get("suppressedBy").split(",", -1)) {
                    String b = by.strip();
                    if (!UpperSnakeCase.matches(b)) {
                        problems.add(path + ": " + code + ".suppressedBy: must be codes, upper snake case, "
                                + "comma-separated, but was '" + a.get("suppressedBy") + "'");
                        break;
                    } else if (code.equals(b)) {
                        problems.add(path + ": " + code + ".suppressedBy: a code cannot suppress itself");
                    } else if (suppressedBy.contains(b)) {
                        problems.add(path + ": " + code + ".suppressedBy: names " + b + " twice");
                    } else {
                        suppressedBy.add(b);
                    }
                }
            }
            String internalText = a.get("internal");
            boolean internal = "true".equals(internalText);
            if (internalText != null && !internal && !"false".equals(internalText)) {
                problems.add(path + ": " + code + ".internal: must be true or false but was '" + internalText + "'");
            }
            if (problems.size() == before) {
                codes.put(code, new CatalogEntry(code, category, priority, department, blocking, suppressedBy, internal));
            }
        }
    }

    private static Set<String> ownValues(Map<String, String> raw, String key, Function<String, ?> of, String path,
            List<String> problems) {
        Set<String> own = new LinkedHashSet<>();
        String list = raw.get(key);
        if (list != null) {
            for (String name : list.split(",")) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                try {
                    of.apply(n);
                    own.add(n);
                } catch (IllegalArgumentException e) {
                    problems.add(path + ": " + key + ": " + e.getMessage());
                }
            }
        }
        return own;
    }

    private static <T> T own(String text, List<T> standard, Function<T, String> name, Set<String> own,
            Function<String, T> of, String ownKey, String where, List<String> problems) {
        for (T v : standard) {
            if (name.apply(v).equals(text)) {
                return v;
            }
        }
        if (own.contains(text)) {
            return of.apply(text);
        }
        List<String> allowed = new ArrayList<>(standard.stream().map(name).toList());
        allowed.addAll(own);
        problems.add(where + ": must be one of " + String.join(", ", allowed) + " (add the pack's own with " + ownKey
                + "=) but was '" + text + "'");
        return null;
    }

    private static <T> T parse(String text, Function<String, T> parser, String where, List<String> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }
}
