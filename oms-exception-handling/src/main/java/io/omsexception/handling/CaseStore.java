package io.omsexception.handling;

import io.omsexception.Department;
import java.util.List;
import java.util.Optional;

/**
 * Where cases and audit trails live; the host implements it over its database, or uses
 * {@link InMemoryCaseStore}.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Thread-safe and linearizable per case: once a write returned, every read sees it.</li>
 *   <li>Optimistic versions: {@link #insert} succeeds only when the case does not exist,
 *       {@link #update} only when the stored version is exactly one less than the new one;
 *       otherwise they throw {@link CaseConflictException} and change nothing.</li>
 *   <li>A case write and its audit entries are one atomic unit: both are stored or neither.</li>
 *   <li>Trails are append-only: entries are never changed, reordered or removed.</li>
 *   <li>Reads return values the caller cannot use to change the store (immutable copies).</li>
 * </ul>
 */
public interface CaseStore {

    /**
     * @param id the case's id, never null
     * @return the current version of the case, or empty when there is none
     */
    Optional<ExceptionCase> find(CaseId id);

    /**
     * @param orderId the order's id, never null
     * @return the order's cases in the order they were first opened; empty when none
     */
    List<ExceptionCase> findByOrder(String orderId);

    /** @return every open case (OPEN or IN_PROGRESS), in no particular order */
    List<ExceptionCase> findOpen();

    /**
     * Implementations backed by a database should override this with a query.
     *
     * @param department a department, never null
     * @return the open cases of that department, in no particular order
     */
    default List<ExceptionCase> findOpen(Department department) {
        return findOpen().stream().filter(c -> c.department() == department).toList();
    }

    /**
     * Stores a new case (version 1) together with its audit entries.
     *
     * @param created the new case, never null
     * @param entries its audit entries, at least one, all of the case's order, never null
     * @throws CaseConflictException when the case already exists (expected version 0)
     */
    void insert(ExceptionCase created, List<AuditEntry> entries);

    /**
     * Replaces a case by its next version together with the audit entries of the change.
     *
     * @param updated the new version of the case, never null; its version must be the stored one
     *     plus one
     * @param entries the change's audit entries, at least one, all of the case's order, never null
     * @throws CaseConflictException when the stored version is not {@code updated.version() - 1}
     *     (or the case does not exist)
     */
    void update(ExceptionCase updated, List<AuditEntry> entries);

    /**
     * Appends order-level entries to an order's trail.
     *
     * @param orderId the order's id, never null
     * @param entries the entries, all of that order, never null
     */
    void append(String orderId, List<AuditEntry> entries);

    /**
     * @param orderId the order's id, never null
     * @return the order's audit entries in the order they were appended; empty when none
     */
    List<AuditEntry> trail(String orderId);
}
