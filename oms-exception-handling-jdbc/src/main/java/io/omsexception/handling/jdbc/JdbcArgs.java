package io.omsexception.handling.jdbc;

import io.omsexception.model.InvalidFieldException;
import java.sql.SQLException;

/** Argument checks and SQL errors of the JDBC store. */
final class JdbcArgs {
    private JdbcArgs() {
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidFieldException(name, "is required");
        }
        return value;
    }

    /** @return whether the error is a duplicate key (PostgreSQL and H2 23505, MySQL and MariaDB 1062) */
    static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }

    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("case store: " + what + " failed: " + e.getMessage(), e);
    }
}
