package io.omsexception;

import java.util.Objects;

/**
 * What a code means, as declared by the metadata of the rule that raises it: the single source
 * of truth for the code's attributes. Several rules may raise one code; they must then declare the
 * same attributes, or the engine refuses to build.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable public identifier, upper snake case, for example {@code PAYMENT_TIMEOUT}
 * @param category the category
 * @param priority the default priority, before the VIP bump
 * @param department the department that handles it
 * @param blocking whether it stops fulfilment
 * @param guidance what staff should do
 * @param customerMessage the progress message the host may show the buyer
 * @param suppressedBy a code that, when raised on the same order, withdraws this one; null if none
 * @param ruleNames the names of the rules that raise the code, for example
 *     {@code "PAYMENT_TIMEOUT: the order is unpaid for too long"}
 */
public record ExceptionDefinition(
        String code,
        Category category,
        Priority priority,
        Department department,
        BlockingPolicy blocking,
        LocalizedText guidance,
        LocalizedText customerMessage,
        String suppressedBy,
        java.util.List<String> ruleNames) {

    /** Refuses nulls except {@code suppressedBy}. */
    public ExceptionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(blocking, "blocking");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(customerMessage, "customerMessage");
        ruleNames = java.util.List.copyOf(ruleNames);
    }
}
