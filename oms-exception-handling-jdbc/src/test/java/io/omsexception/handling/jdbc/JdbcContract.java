package io.omsexception.handling.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.handling.CaseStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The store contract on {@link JdbcCaseStore} over one database, with the database's own refusals. */
abstract class JdbcContract extends CaseStoreContract {

    /** @return the migrated database of the class */
    abstract DataSource dataSource();

    @Override
    CaseStore store() {
        return JdbcCaseStore.create(dataSource());
    }

    @Override
    void assertTrailCannotBeChanged(String orderId) {
        assertThatThrownBy(() -> execute("UPDATE oms_audit_entry SET actor = 'mallory' WHERE order_id = '" + orderId + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("oms_audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> execute("DELETE FROM oms_audit_entry WHERE order_id = '" + orderId + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("oms_audit_entry is append-only: DELETE refused");
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate(sql);
        }
    }
}
