package io.omsexception;

import java.util.Objects;

/**
 * What a code means: its attributes as its pack's catalog declares them ({@link CatalogEntry}),
 * its texts from the pack's texts bundles, and the rules that raise it. The catalog is the single
 * place of a code; the rules, however many raise it, carry only {@code @code("...")}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable public identifier, upper snake case, for example {@code PAYMENT_TIMEOUT}
 * @param category the category
 * @param priority the default priority, before the VIP bump
 * @param department the department that handles it
 * @param blocking whether it stops fulfilment
 * @param guidance what staff should do, in every language of the pack's texts
 * @param customerMessage the progress message the host may show the buyer, in every language of
 *     the pack's texts; null for an internal code, whose texts give no {@code CODE.customer}
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

    /** Refuses nulls except {@code customerMessage} and {@code suppressedBy}. */
    public ExceptionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(blocking, "blocking");
        Objects.requireNonNull(guidance, "guidance");
        ruleNames = java.util.List.copyOf(ruleNames);
    }
}
