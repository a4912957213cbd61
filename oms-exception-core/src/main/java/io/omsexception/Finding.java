package io.omsexception;

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
 * @param customerMessage the progress message the host may show the buyer
 * @param evidence the values and thresholds that triggered it, by field path, in a stable order;
 *     values are strings, numbers, booleans or lists of them
 * @param rule the name of the rule that raised it, for example
 *     {@code "PAYMENT_TIMEOUT: the order is unpaid for too long"}; several names joined by
 *     {@code ", "} when several rules raised the code
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
        String rule) {

    /** Refuses nulls; copies the evidence into an unmodifiable map keeping its order. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(customerMessage, "customerMessage");
        Objects.requireNonNull(rule, "rule");
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }
}
