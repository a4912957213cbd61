package io.omsexception.handling.jdbc;

import io.omsexception.Department;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseConflictException;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.Delivery;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.model.InvalidFieldException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A {@link CaseStore} in a relational database through JDBC: PostgreSQL, MySQL 8, MariaDB or H2
 * (file or memory). Several application nodes may share one database: the guarantees come from
 * the database, not the JVM.
 * <ul>
 *   <li>At most one case per (order, code) and per (order, mark handle): the primary key of
 *       {@code oms_case}.</li>
 *   <li>Optimistic versions: an update applies only over the version before
 *       ({@code UPDATE ... WHERE version = ?}), otherwise {@link CaseConflictException}.</li>
 *   <li>Per-order serialisation: {@link #inOrder} is one transaction that first locks the order's
 *       row in {@code oms_order_lock} ({@code SELECT ... FOR UPDATE}).</li>
 *   <li>The audit trail and progress notes are append-only: triggers refuse updates and deletes.</li>
 *   <li>The outbox ({@code oms_outbox}) is written in the change's transaction; its idempotency
 *       key is unique.</li>
 * </ul>
 * The schema is created by Flyway migrations: {@link #migrate(DataSource)} runs them (history in
 * {@code oms_schema_history}), or the host runs the scripts of {@link SqlDialect#migrationLocation()}
 * with its own Flyway. Times are stored in UTC to the microsecond. See {@code docs/handling.md}.
 *
 * <p>Thread-safe: share one instance per data source. The data source (a pool such as HikariCP)
 * is the host's and is not closed by the store.
 */
public final class JdbcCaseStore implements CaseStore {
    /** The table in which Flyway records the store's migrations. */
    public static final String SCHEMA_HISTORY_TABLE = "oms_schema_history";

    private final SqlDialect dialect;
    private final Units units;

    private JdbcCaseStore(DataSource dataSource, SqlDialect dialect) {
        this.dialect = dialect;
        this.units = new Units(dataSource, dialect);
    }

    /**
     * A store over a database whose schema is already migrated (by {@link #migrate} or by the host).
     *
     * @param dataSource the host's connection pool, never null
     * @return the store
     * @throws IllegalArgumentException when the database is not supported
     * @throws IllegalStateException when no connection could be had
     */
    public static JdbcCaseStore create(DataSource dataSource) {
        return new JdbcCaseStore(dataSource, SqlDialect.of(dataSource));
    }

    /**
     * Migrates the schema to the latest version, then returns a store over it.
     *
     * @param dataSource the host's connection pool, never null
     * @return the store
     * @throws IllegalArgumentException when the database is not supported
     * @throws IllegalStateException when no connection could be had
     * @throws org.flywaydb.core.api.FlywayException when a migration failed
     */
    public static JdbcCaseStore migrateAndCreate(DataSource dataSource) {
        migrate(dataSource);
        return create(dataSource);
    }

    /**
     * Runs the store's Flyway migrations on the database, recording them in
     * {@value #SCHEMA_HISTORY_TABLE}; harmless when it is up to date. An existing database of other
     * tables is baselined, not touched.
     *
     * @param dataSource the host's connection pool, never null
     * @return how many migrations were applied
     * @throws IllegalArgumentException when the database is not supported
     * @throws org.flywaydb.core.api.FlywayException when a migration failed
     */
    public static int migrate(DataSource dataSource) {
        SqlDialect dialect = SqlDialect.of(dataSource);
        return Flyway.configure(JdbcCaseStore.class.getClassLoader()).dataSource(dataSource)
                .locations(dialect.migrationLocation()).table(SCHEMA_HISTORY_TABLE).baselineOnMigrate(true)
                .baselineVersion("0").load().migrate().migrationsExecuted;
    }

    /** @return the database's dialect */
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public Optional<ExceptionCase> find(CaseId id) {
        JdbcArgs.required(id, "id");
        return units.read("find " + id, c -> CaseRows.load(c, "c.order_id = ? AND c.kind = ? AND c.case_key = ?",
                id.orderId(), id.kind().name(), id.key()).stream().findFirst());
    }

    @Override
    public List<ExceptionCase> findByOrder(String orderId) {
        text(orderId, "orderId");
        return units.read("cases of order " + orderId, c -> CaseRows.load(c, "c.order_id = ?", orderId));
    }

    @Override
    public List<ExceptionCase> findOpen() {
        return units.read("open cases", c -> CaseRows.load(c, "c.is_open = TRUE"));
    }

    @Override
    public List<ExceptionCase> findOpen(Department department) {
        JdbcArgs.required(department, "department");
        return units.read("open cases of " + department,
                c -> CaseRows.load(c, "c.is_open = TRUE AND c.department = ?", department.name()));
    }

    @Override
    public List<ExceptionCase> findDelayEnded(Instant now) {
        JdbcArgs.required(now, "now");
        return units.read("ended delays", c -> CaseRows.load(c, "c.is_open = TRUE AND c.kind = 'MARK' AND EXISTS"
                + " (SELECT 1 FROM oms_mark m WHERE m.order_id = c.order_id AND m.handle = c.case_key"
                + " AND m.delay_until <= ?)", now));
    }

    /**
     * The stored history of a period: every case first opened in it, open or closed, for
     * {@link StoredHistory} and statistics.
     *
     * @param from the start, inclusive, never null
     * @param to the end, exclusive, never null
     * @return the cases, in the order they were first opened
     */
    public List<ExceptionCase> findCreatedBetween(Instant from, Instant to) {
        JdbcArgs.required(from, "from");
        JdbcArgs.required(to, "to");
        return units.read("cases created between " + from + " and " + to,
                c -> CaseRows.load(c, "c.created_at >= ? AND c.created_at < ?", from, to));
    }

    @Override
    public void insert(ExceptionCase created, List<AuditEntry> entries) {
        JdbcArgs.required(created, "created");
        List<AuditEntry> copy = entries(created.orderId(), entries, true);
        if (created.version() != 1) {
            throw new InvalidFieldException("created.version", "must be 1 but was " + created.version());
        }
        units.write("insert " + created.id(), c -> {
            if (!CaseRows.insert(c, dialect, created)) {
                throw new CaseConflictException(created.id(), 0, CaseRows.version(c, created.id()));
            }
            AuditRows.append(c, copy);
            return null;
        });
    }

    @Override
    public void update(ExceptionCase updated, List<AuditEntry> entries) {
        JdbcArgs.required(updated, "updated");
        List<AuditEntry> copy = entries(updated.orderId(), entries, true);
        if (updated.version() < 2) {
            throw new InvalidFieldException("updated.version", "must be at least 2 but was " + updated.version());
        }
        units.write("update " + updated.id(), c -> {
            if (!CaseRows.update(c, updated)) {
                throw new CaseConflictException(updated.id(), updated.version() - 1, CaseRows.version(c, updated.id()));
            }
            AuditRows.append(c, copy);
            return null;
        });
    }

    @Override
    public void append(String orderId, List<AuditEntry> entries) {
        text(orderId, "orderId");
        List<AuditEntry> copy = entries(orderId, entries, false);
        units.write("append to the trail of " + orderId, c -> {
            AuditRows.append(c, copy);
            return null;
        });
    }

    @Override
    public List<AuditEntry> trail(String orderId) {
        text(orderId, "orderId");
        return units.read("trail of " + orderId, c -> AuditRows.trail(c, orderId));
    }

    @Override
    public <T> T inOrder(String orderId, Supplier<T> work) {
        text(orderId, "orderId");
        JdbcArgs.required(work, "work");
        return units.inOrder(orderId, work);
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        List<Delivery> copy = List.copyOf(JdbcArgs.required(deliveries, "deliveries"));
        if (copy.isEmpty()) {
            return;
        }
        units.write("enqueue deliveries", c -> {
            OutboxRows.enqueue(c, dialect, copy);
            return null;
        });
    }

    @Override
    public List<Delivery> pending(String orderId) {
        text(orderId, "orderId");
        return units.read("pending deliveries of " + orderId, c -> OutboxRows.pending(c, orderId));
    }

    @Override
    public List<String> ordersWithPending(int limit) {
        if (limit < 1) {
            throw new InvalidFieldException("limit", "must be at least 1 but was " + limit);
        }
        return units.read("orders with pending deliveries", c -> OutboxRows.ordersWithPending(c, limit));
    }

    @Override
    public void delivered(String idempotencyKey, Instant at) {
        text(idempotencyKey, "idempotencyKey");
        JdbcArgs.required(at, "at");
        units.write("record delivery " + idempotencyKey, c -> {
            OutboxRows.delivered(c, idempotencyKey, at);
            return null;
        });
    }

    @Override
    public void failed(String idempotencyKey) {
        text(idempotencyKey, "idempotencyKey");
        units.write("record failed delivery " + idempotencyKey, c -> {
            OutboxRows.failed(c, idempotencyKey);
            return null;
        });
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(name, "is required");
        }
        return value;
    }

    private static List<AuditEntry> entries(String orderId, List<AuditEntry> entries, boolean required) {
        List<AuditEntry> copy = List.copyOf(JdbcArgs.required(entries, "entries"));
        if (required && copy.isEmpty()) {
            throw new InvalidFieldException("entries", "must not be empty");
        }
        for (int i = 0; i < copy.size(); i++) {
            if (!copy.get(i).orderId().equals(orderId)) {
                throw new InvalidFieldException("entries[" + i + "].orderId",
                        "must be " + orderId + " but was " + copy.get(i).orderId());
            }
        }
        return copy;
    }
}
