package io.omsexception;

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
 * @param suppressedBy a code that, when raised on the same order, withdraws this one; null if none
 */
public record CatalogEntry(String code, Category category, Priority priority, Department department,
        BlockingPolicy blocking, String suppressedBy) {

    /** Refuses nulls except {@code suppressedBy}. */
    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(blocking, "blocking");
    }
}
