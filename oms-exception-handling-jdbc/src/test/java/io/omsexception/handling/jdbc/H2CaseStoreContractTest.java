package io.omsexception.handling.jdbc;

import javax.sql.DataSource;

/** The store contract on H2 in memory. */
class H2CaseStoreContractTest extends JdbcContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }
}
