package io.omsexception.handling.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the JDBC store runs on, each with its own migrations (Flyway scripts under
 * {@link #migrationLocation()}) and the few statements that differ between them.
 *
 * <p>Immutable and thread-safe.
 */
public enum SqlDialect {
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("postgresql"),
    /** MySQL 8 or MariaDB 10.5 or newer (InnoDB). */
    MYSQL("mysql"),
    /** H2 2.x, in a file or in memory. */
    H2("h2");

    private final String folder;

    SqlDialect(String folder) {
        this.folder = folder;
    }

    /**
     * @return the Flyway location of this database's migrations, for a host that runs them
     *     itself, for example {@code classpath:io/omsexception/handling/jdbc/migration/postgresql}
     */
    public String migrationLocation() {
        return "classpath:io/omsexception/handling/jdbc/migration/" + folder;
    }

    /**
     * @param dataSource where the store lives, never null
     * @return the dialect of the database behind it, from its product name
     * @throws IllegalArgumentException naming the product when it is none of PostgreSQL, MySQL,
     *     MariaDB and H2
     * @throws IllegalStateException when no connection could be had
     */
    public static SqlDialect of(DataSource dataSource) {
        try (Connection c = JdbcArgs.required(dataSource, "dataSource").getConnection()) {
            return ofProduct(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("dataSource: could not connect to find the database: " + e.getMessage(), e);
        }
    }

    static SqlDialect ofProduct(String product) {
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return MYSQL;
        }
        if (p.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("dataSource: the database " + product
                + " is not supported; use PostgreSQL, MySQL 8, MariaDB or H2");
    }

    /** @return the statement that creates an order's lock row unless it exists; one parameter, the order id */
    String ensureOrderLock() {
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO oms_order_lock (order_id) VALUES (?) ON CONFLICT DO NOTHING";
            case MYSQL -> "INSERT IGNORE INTO oms_order_lock (order_id) VALUES (?)";
            case H2 -> "MERGE INTO oms_order_lock (order_id) KEY (order_id) VALUES (?)";
        };
    }

    /** @return the suffix that makes an insert skip a row whose unique key exists, where the database needs it to keep the transaction usable */
    String onConflictDoNothing() {
        return this == POSTGRESQL ? " ON CONFLICT DO NOTHING" : "";
    }
}
