package io.omsexception.handling;

import io.omsexception.Department;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
 *   <li>Per-order serialisation: {@link #inOrder} runs a unit of work while no other unit of the
 *       same order runs, in this JVM or on another node, and makes every write inside it one
 *       atomic unit (a database transaction holding a lock on the order's row).</li>
 *   <li>The outbox: {@link #enqueue} stores deliveries with the change (inside a unit, in its
 *       transaction), ignoring a key it already holds, delivered or not; {@link #pending} returns
 *       the undelivered ones in the order they were enqueued.</li>
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

    /**
     * Runs a unit of work for one order: no other unit of the same order runs meanwhile (also on
     * other nodes sharing the storage), and the writes made inside it, by this thread, are stored
     * together when it returns, or not at all when it throws. A unit of the same order may be
     * entered again from inside (it joins); a unit of another order may not be.
     *
     * @param orderId the order, never null
     * @param work the work, never null; reads and writes this store on the calling thread
     * @param <T> what the work returns
     * @return what the work returned
     * @throws RuntimeException what the work threw, after undoing its writes
     */
    <T> T inOrder(String orderId, Supplier<T> work);

    /**
     * Adds deliveries to the outbox; a delivery whose key the store already holds (pending or
     * delivered) is ignored. Inside {@link #inOrder} it is part of the unit.
     *
     * @param deliveries the deliveries, never null
     */
    void enqueue(List<Delivery> deliveries);

    /**
     * @param orderId the order, never null
     * @return its undelivered deliveries, in the order they were enqueued; empty when none
     */
    List<Delivery> pending(String orderId);

    /**
     * @param limit the most orders to return, at least 1
     * @return orders that have undelivered deliveries, oldest delivery first
     */
    List<String> ordersWithPending(int limit);

    /**
     * Records that a delivery reached the host; it is no longer pending.
     *
     * @param idempotencyKey the delivery's key, never null
     * @param at when, never null
     */
    void delivered(String idempotencyKey, Instant at);

    /**
     * Records a failed attempt; the delivery stays pending with one more attempt.
     *
     * @param idempotencyKey the delivery's key, never null
     */
    void failed(String idempotencyKey);

    /**
     * Implementations backed by a database should override this with a query.
     *
     * @param now the current time, never null
     * @return the open marks whose delay ended at or before {@code now}
     */
    default List<ExceptionCase> findDelayEnded(Instant now) {
        return findOpen().stream().filter(c -> c.mark() != null && c.mark().delayUntil() != null
                && !c.mark().delayUntil().isAfter(now)).toList();
    }
}
