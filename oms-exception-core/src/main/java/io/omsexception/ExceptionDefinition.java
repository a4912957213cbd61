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
 *     the pack's texts; null for an internal code ({@link CatalogEntry#internal()}), which tells
 *     the buyer nothing
 * @param suppressedBy the codes that, when one of them is raised (and not itself withdrawn) on the
 *     same order, withdraw this one; empty if none, never null
 * @param ruleNames the names of the rules that raise the code, for example
 *     {@code "PAYMENT_TIMEOUT: the order is unpaid for too long"}
 * @param actions the actions the catalog declares for the code, bound into each finding's
 *     {@link Finding#actions()}; empty if none, never null
 */
public record ExceptionDefinition(
        String code,
        Category category,
        Priority priority,
        Department department,
        BlockingPolicy blocking,
        LocalizedText guidance,
        LocalizedText customerMessage,
        java.util.List<String> suppressedBy,
        java.util.List<String> ruleNames,
        java.util.List<ActionTemplate> actions) {

    /** Refuses nulls except {@code customerMessage}; a null {@code suppressedBy} or {@code actions} is empty. */
    public ExceptionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(blocking, "blocking");
        Objects.requireNonNull(guidance, "guidance");
        suppressedBy = suppressedBy == null ? java.util.List.of() : java.util.List.copyOf(suppressedBy);
        ruleNames = java.util.List.copyOf(ruleNames);
        actions = actions == null ? java.util.List.of() : java.util.List.copyOf(actions);
    }

    /**
     * A definition without actions.
     *
     * @param code the code
     * @param category the category
     * @param priority the default priority
     * @param department the department
     * @param blocking whether it stops fulfilment
     * @param guidance what staff should do
     * @param customerMessage the message for the buyer, or null for an internal code
     * @param suppressedBy the codes that withdraw it, or null for none
     * @param ruleNames the names of the rules that raise it
     */
    public ExceptionDefinition(String code, Category category, Priority priority, Department department,
            BlockingPolicy blocking, LocalizedText guidance, LocalizedText customerMessage,
            java.util.List<String> suppressedBy, java.util.List<String> ruleNames) {
        this(code, category, priority, department, blocking, guidance, customerMessage, suppressedBy, ruleNames, null);
    }
}
