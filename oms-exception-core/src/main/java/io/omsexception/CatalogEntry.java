package io.omsexception;

import java.util.List;
import java.util.Objects;

/**
 * One code as its pack's catalog declares it ({@code codes.properties}, or
 * {@link RulePackBuilder#code}): the single place of the code's attributes. Its texts live in the
 * pack's texts bundles; the rules that raise it carry only {@code @code("...")}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable public identifier, upper snake case, for example {@code PAYMENT_TIMEOUT}
 * @param category the category
 * @param priority the default priority, before the VIP bump
 * @param department the department that handles it
 * @param blocking whether it stops fulfilment
 * @param suppressedBy the codes that, when one of them is raised (and not itself withdrawn) on the
 *     same order, withdraw this one; empty if none, never null
 * @param internal whether the code is internal: it has no customer message, so the buyer is told
 *     nothing (its texts hold guidance only)
 */
public record CatalogEntry(String code, Category category, Priority priority, Department department,
        BlockingPolicy blocking, List<String> suppressedBy, boolean internal) {

    /** Refuses nulls; a null {@code suppressedBy} is empty. */
    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(blocking, "blocking");
        suppressedBy = suppressedBy == null ? List.of() : List.copyOf(suppressedBy);
    }
}
