package io.omsexception.handling.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Connections and transactions: a unit of an order is one transaction, on one connection bound
 * to the calling thread, that first locks the order's row ({@code SELECT ... FOR UPDATE}); reads
 * and writes made by that thread inside it use that connection. Outside a unit, a read takes its
 * own connection and a write its own transaction. Thread-safe.
 */
final class Units {
    /** A database operation that may fail with an {@link SQLException}. */
    @FunctionalInterface
    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private record Unit(Connection connection, String orderId) {
    }

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    Units(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    <T> T inOrder(String orderId, Supplier<T> work) {
        Unit unit = current.get();
        if (unit != null) {
            if (!unit.orderId().equals(orderId)) {
                throw new IllegalStateException("a unit of order " + unit.orderId() + " cannot enter one of order "
                        + orderId);
            }
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(dialect.ensureOrderLock())) {
                ps.setString(1, orderId);
                ps.executeUpdate();
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT order_id FROM oms_order_lock WHERE order_id = ? FOR UPDATE")) {
                    ps.setString(1, orderId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("case store: the lock row of order " + orderId + " is missing");
                        }
                    }
                }
                current.set(new Unit(c, orderId));
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } catch (SQLException e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw JdbcArgs.failed("the unit of order " + orderId, e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs a read on the unit's connection, or on a connection of its own. */
    <T> T read(String what, Sql<T> sql) {
        Unit unit = current.get();
        try {
            if (unit != null) {
                return sql.run(unit.connection());
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                return sql.run(c);
            }
        } catch (SQLException e) {
            throw JdbcArgs.failed(what, e);
        }
    }

    /** Runs a write in the unit's transaction, or in a transaction of its own. */
    <T> T write(String what, Sql<T> sql) {
        Unit unit = current.get();
        try {
            if (unit != null) {
                return sql.run(unit.connection());
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = sql.run(c);
                    c.commit();
                    return result;
                } catch (RuntimeException | Error | SQLException e) {
                    rollback(c, e);
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw JdbcArgs.failed(what, e);
        }
    }

    /** @return whether the calling thread is inside a unit */
    boolean inUnit() {
        return current.get() != null;
    }
}
