package io.omsexception.internal;

import io.omsexception.CatalogEntry;
import io.omsexception.ExceptionDefinition;
import io.omsexception.RulePack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which raised codes of an order are withdrawn by others ({@code suppressedBy}), applied in
 * dependency order: a code's suppressors are settled before the code, so a withdrawn code
 * withdraws nothing. A cycle of suppressions has no such order and is refused when the engine is
 * built ({@link #cycles}). Immutable and thread-safe once made.
 */
final class Suppressions {
    /** Every code that some code names in its suppressedBy, suppressors before the codes they withdraw. */
    private final List<ExceptionDefinition> ordered;

    /** @param definitions every raised code's definition, by code; free of cycles ({@link #cycles}) */
    Suppressions(Map<String, ExceptionDefinition> definitions) {
        List<ExceptionDefinition> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (ExceptionDefinition d : definitions.values()) {
            place(d, definitions, placed, out);
        }
        out.removeIf(d -> d.suppressedBy().isEmpty());
        this.ordered = List.copyOf(out);
    }

    private static void place(ExceptionDefinition d, Map<String, ExceptionDefinition> all, Set<String> placed,
            List<ExceptionDefinition> out) {
        if (!placed.add(d.code())) {
            return;
        }
        for (String by : d.suppressedBy()) {
            ExceptionDefinition s = all.get(by);
            if (s != null) {
                place(s, all, placed, out);
            }
        }
        out.add(d);
    }

    /**
     * @param raised the codes raised on one order
     * @return those of them that are withdrawn: a code is withdrawn when one of its suppressors is
     *     raised and not itself withdrawn; empty when none
     */
    Set<String> withdrawn(Set<String> raised) {
        Set<String> withdrawn = null;
        for (ExceptionDefinition d : ordered) {
            if (!raised.contains(d.code())) {
                continue;
            }
            for (String by : d.suppressedBy()) {
                if (raised.contains(by) && (withdrawn == null || !withdrawn.contains(by))) {
                    if (withdrawn == null) {
                        withdrawn = new HashSet<>(4);
                    }
                    withdrawn.add(d.code());
                    break;
                }
            }
        }
        return withdrawn == null ? Set.of() : withdrawn;
    }

    /**
     * @param packs the packs of an engine
     * @return one problem per cycle of suppressions among their catalogs, naming its codes in
     *     order, for example {@code suppression cycle: A is suppressed by B, B is suppressed by A
     *     (...)}; empty when there is none
     */
    static List<String> cycles(List<RulePack> packs) {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        Map<String, String> pathOf = new LinkedHashMap<>();
        for (RulePack pack : packs) {
            for (CatalogEntry e : pack.codes().values()) {
                entries.putIfAbsent(e.code(), e);
                pathOf.putIfAbsent(e.code(), pack.catalogPath());
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String code : entries.keySet()) {
            walk(code, entries, new ArrayList<>(), done, pathOf, problems);
        }
        return problems;
    }

    private static void walk(String code, Map<String, CatalogEntry> entries, List<String> path, Set<String> done,
            Map<String, String> pathOf, List<String> problems) {
        int at = path.indexOf(code);
        if (at >= 0) {
            List<String> cycle = path.subList(at, path.size());
            List<String> steps = new ArrayList<>();
            Set<String> files = new java.util.LinkedHashSet<>();
            for (int i = 0; i < cycle.size(); i++) {
                steps.add(cycle.get(i) + " is suppressed by " + cycle.get((i + 1) % cycle.size()));
                files.add(pathOf.get(cycle.get(i)));
            }
            problems.add("suppression cycle: " + String.join(", ", steps) + " (" + String.join(", ", files)
                    + "); a withdrawn code withdraws nothing, so a cycle has no answer: remove one of these suppressedBy");
            return;
        }
        CatalogEntry e = entries.get(code);
        if (e == null || done.contains(code)) {
            return;
        }
        path.add(code);
        for (String by : e.suppressedBy()) {
            walk(by, entries, path, done, pathOf, problems);
        }
        path.remove(path.size() - 1);
        done.add(code);
    }
}
