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
 *     code, whose pack gives no customer message (nothing is said to the buyer about it)
 * @param evidence the values and thresholds that triggered it, by field path, in a stable order;
 *     values are strings, numbers, booleans or lists of them
 * @param rules the names of the rules that raised it, in firing order, at least one, for example
 *     {@code "PAYMENT_TIMEOUT: the order is unpaid for too long"}
 * @param skus the SKUs the finding is about, each once, in the order of the first line that orders
 *     each; empty for a finding about the order as a whole
 * @param lines the positions (from 0) of the order's lines the finding is about, ascending, each
 *     once; empty for a finding about the order as a whole
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
        List<Integer> lines) {

    /**
     * Refuses nulls (except {@code customerMessage}) and an empty list of rules; copies the evidence into an unmodifiable map
     * keeping its order, and the lists into unmodifiable lists.
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
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * A finding about the order as a whole: no SKU or line of its own.
     *
     * @param code the code
     * @param category the category
     * @param priority the priority after the VIP bump
     * @param department the department
     * @param blocking whether it stops fulfilment
     * @param guidance what staff should do
     * @param customerMessage the message for the buyer; null for an internal code
     * @param evidence the evidence, by field path
     * @param rules the names of the rules that raised it, at least one
     */
    public Finding(String code, Category category, Priority priority, Department department, boolean blocking,
            LocalizedText guidance, LocalizedText customerMessage, Map<String, Object> evidence, List<String> rules) {
        this(code, category, priority, department, blocking, guidance, customerMessage, evidence, rules, List.of(),
                List.of());
    }
}
