package io.omsexception.handling.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on MariaDB (or MySQL 8), on the server {@code .ci/mariadb.sh} starts. Without
 * one the class is skipped with the reason, except on CI ({@code CI=true}) or with
 * {@code OMS_TEST_MARIADB_REQUIRED=true}, where the absence fails it.
 */
class MariaDbCaseStoreContractTest extends JdbcContract {

    @BeforeAll
    static void requireServer() {
        DataSource ds = TestDatabases.mariaDb();
        if (ds == null && TestDatabases.mariaDbRequired()) {
            assertThat(TestDatabases.mariaDbAbsent()).as("MariaDB is required on CI").isNull();
        }
        if (ds == null) {
            System.err.println("MariaDB tests SKIPPED: " + TestDatabases.mariaDbAbsent());
        }
        Assumptions.assumeTrue(ds != null, () -> "MariaDB tests skipped: " + TestDatabases.mariaDbAbsent());
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
