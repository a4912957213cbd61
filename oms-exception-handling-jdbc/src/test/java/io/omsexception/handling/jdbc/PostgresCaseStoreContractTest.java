package io.omsexception.handling.jdbc;

import javax.sql.DataSource;

/** The store contract on PostgreSQL (embedded, started once per JVM). */
class PostgresCaseStoreContractTest extends JdbcContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
