package io.omsexception.handling.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the audit trail and the progress notes append-only: it refuses every
 * update and delete of a row. Named by the H2 migration; not for hosts to use.
 *
 * <p>Stateless apart from the table name given by H2; thread-safe.
 */
public final class H2AppendOnlyTrigger implements Trigger {
    private String table = "table";

    /** Creates the trigger; H2 calls {@link #init} next. */
    public H2AppendOnlyTrigger() {
    }

    /**
     * Remembers the table, for the message.
     *
     * @param conn the connection, unused
     * @param schemaName the schema, unused
     * @param triggerName the trigger, unused
     * @param tableName the table the trigger is on
     * @param before whether it fires before, unused
     * @param type the operations it fires on, unused
     */
    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Refuses the change.
     *
     * @param conn the connection, unused
     * @param oldRow the row before, never null for an update or delete
     * @param newRow the row after; null for a delete
     * @throws SQLException always, with SQL state 42501
     */
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
