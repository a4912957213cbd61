package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.Department;
import java.util.Objects;

/**
 * How often one code was raised.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code
 * @param category its category
 * @param department the department that handles it
 * @param count its findings
 * @param blocking how many of them blocked their order
 * @param share {@code count} divided by all findings, 0 to 1
 */
public record CodeCount(String code, Category category, Department department, long count, long blocking,
        double share) {

    /** Refuses nulls and negative counts. */
    public CodeCount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(department, "department");
        if (count < 0 || blocking < 0 || blocking > count) {
            throw new IllegalArgumentException("code " + code + ": counts must satisfy 0 <= blocking <= count but were "
                    + blocking + " and " + count);
        }
    }
}
