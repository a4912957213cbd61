package io.omsexception;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One exception found on an order: at most one per code per order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable public identifier, for example {@code PAYMENT_TIMEOUT}
 * @param category the category
 * @param priority the priority after the VIP bump
 * @param department the department that handles it
 * @param blocking whether this finding stops fulfilment of this order
 * @param guidance what staff should do
 * @param customerMessage the progress message the host may show the buyer; null for an internal
 *     code, which tells the buyer nothing
 * @param evidence the values and thresholds that triggered it, by field path, in a stable order;
 *     values are strings, numbers, booleans or lists of them
 * @param rules the names of the rules that raised it, in firing order, at least one, for example
 *     {@code "PAYMENT_TIMEOUT: the order is unpaid for too long"}
 * @param skus the SKUs the finding is about, each once, in the order of the first line that orders
 *     each; empty for a finding about the order as a whole
 * @param lines the positions (from 0) of the order's lines the finding is about, ascending, each
 *     once; empty for a finding about the order as a whole
 * @param actions the actions that handle it, as its pack's catalog declares them for the code,
 *     their parameters bound from the evidence and the order, in declaration order; an action
 *     whose required parameters the order cannot give is left out; empty when none fits
 */
public record Finding(
        String code,
        Category category,
        Priority priority,
        Department department,
        boolean blocking,
        LocalizedText guidance,
        LocalizedText customerMessage,
        Map<String, Object> evidence,
        List<String> rules,
        List<String> skus,
        List<Integer> lines,
        List<Action> actions) {

    /**
     * Refuses nulls (except {@code customerMessage}; null {@code actions} are none) and an empty list of rules; copies the
     * evidence into an unmodifiable map keeping its order, and the lists into unmodifiable lists.
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(guidance, "guidance");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("rules: must name at least one rule");
        }
        skus = List.copyOf(skus);
        lines = List.copyOf(lines);
        actions = actions == null ? List.of() : List.copyOf(actions);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * A finding without actions.
     *
     * @param code the code
     * @param category the category
     * @param priority the priority after the VIP bump
     * @param department the department
     * @param blocking whether it stops fulfilment
     * @param guidance what staff should do
     * @param customerMessage the message for the buyer, or null for an internal code
     * @param evidence the evidence, by field path
     * @param rules the names of the rules that raised it, at least one
     * @param skus the SKUs it is about
     * @param lines the lines it is about
     */
    public Finding(String code, Category category, Priority priority, Department department, boolean blocking,
            LocalizedText guidance, LocalizedText customerMessage, Map<String, Object> evidence, List<String> rules,
            List<String> skus, List<Integer> lines) {
        this(code, category, priority, department, blocking, guidance, customerMessage, evidence, rules, skus, lines,
                List.of());
    }

    /**
     * @param type an action type
     * @return the finding's first action of that type, if it has one
     */
    public java.util.Optional<Action> action(ActionType type) {
        return actions.stream().filter(a -> a.type().equals(type)).findFirst();
    }

    /**
     * A finding about the order as a whole: no SKU or line of its own, and no action.
     *
     * @param code the code
     * @param category the category
     * @param priority the priority after the VIP bump
     * @param department the department
     * @param blocking whether it stops fulfilment
     * @param guidance what staff should do
     * @param customerMessage the message for the buyer, or null for an internal code
     * @param evidence the evidence, by field path
     * @param rules the names of the rules that raised it, at least one
     */
    public Finding(String code, Category category, Priority priority, Department department, boolean blocking,
            LocalizedText guidance, LocalizedText customerMessage, Map<String, Object> evidence, List<String> rules) {
        this(code, category, priority, department, blocking, guidance, customerMessage, evidence, rules, List.of(),
                List.of(), List.of());
    }
}
