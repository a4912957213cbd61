package io.omsexception.handling.jdbc;

import io.omsexception.handling.Delivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows of the outbox: a delivery per idempotency key, pending until delivered. */
final class OutboxRows {
    private OutboxRows() {
    }

    static void enqueue(Connection c, SqlDialect dialect, List<Delivery> deliveries) throws SQLException {
        String sql = "INSERT INTO oms_outbox (idempotency_key, order_id, kind, created_at, attempts, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?)" + dialect.onConflictDoNothing();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Delivery d : deliveries) {
                ps.setString(1, d.idempotencyKey());
                ps.setString(2, d.orderId());
                ps.setString(3, d.signal() != null ? d.signal().name() : d.staff() != null ? "STAFF"
                        : d.action() != null ? "ACTION" : "CUSTOMER");
                CaseRows.setTime(ps, 4, d.createdAt());
                ps.setInt(5, d.attempts());
                ps.setString(6, Codec.delivery(d));
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (!JdbcArgs.isDuplicate(e)) {
                        throw e;
                    }
                }
            }
        }
    }

    static List<Delivery> pending(Connection c, String orderId) throws SQLException {
        List<Delivery> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT idempotency_key, order_id, created_at, attempts, payload"
                + " FROM oms_outbox WHERE order_id = ? AND delivered_at IS NULL ORDER BY seq")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Codec.delivery(rs.getString(1), rs.getString(2), CaseRows.time(rs, "created_at"),
                            rs.getInt(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    static List<String> ordersWithPending(Connection c, int limit) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, MIN(seq) AS first_seq FROM oms_outbox"
                + " WHERE delivered_at IS NULL GROUP BY order_id ORDER BY first_seq LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static void delivered(Connection c, String key, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE oms_outbox SET delivered_at = ? WHERE idempotency_key = ? AND delivered_at IS NULL")) {
            CaseRows.setTime(ps, 1, at);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    static void failed(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE oms_outbox SET attempts = attempts + 1 WHERE idempotency_key = ? AND delivered_at IS NULL")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }
}
