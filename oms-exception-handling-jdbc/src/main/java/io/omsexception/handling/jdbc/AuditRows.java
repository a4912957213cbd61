package io.omsexception.handling.jdbc;

import io.omsexception.handling.AuditAction;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseAction;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseKind;
import io.omsexception.handling.CaseState;
import io.omsexception.handling.IgnoreOverride;
import io.omsexception.handling.OrderSignal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows of the audit trail: appended, never changed (the database refuses updates and deletes). */
final class AuditRows {
    private AuditRows() {
    }

    static void append(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO oms_audit_entry (order_id, case_kind, case_key,"
                + " version, at, actor, action_type, action, state_before, state_after, detail, note, override_by,"
                + " override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                ps.setString(1, e.orderId());
                ps.setString(2, e.caseId() == null ? null : e.caseId().kind().name());
                ps.setString(3, e.caseId() == null ? null : e.caseId().key());
                ps.setLong(4, e.version());
                CaseRows.setTime(ps, 5, e.at());
                ps.setString(6, e.actor());
                ps.setString(7, e.action().isOrderLevel() ? "SIGNAL" : "CASE");
                ps.setString(8, ((Enum<?>) e.action()).name());
                ps.setString(9, e.before() == null ? null : e.before().name());
                ps.setString(10, e.after() == null ? null : e.after().name());
                ps.setString(11, e.detail());
                ps.setString(12, e.note());
                ps.setString(13, e.override() == null ? null : e.override().by());
                ps.setString(14, e.override() == null ? null : e.override().reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<AuditEntry> trail(Connection c, String orderId) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM oms_audit_entry WHERE order_id = ? ORDER BY entry_no")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
        }
        return out;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String orderId = rs.getString("order_id");
        String kind = rs.getString("case_kind");
        CaseId caseId = kind == null ? null : new CaseId(orderId, CaseKind.valueOf(kind), rs.getString("case_key"));
        String action = rs.getString("action");
        AuditAction a = "SIGNAL".equals(rs.getString("action_type")) ? OrderSignal.valueOf(action)
                : CaseAction.valueOf(action);
        String before = rs.getString("state_before");
        String after = rs.getString("state_after");
        String overrideBy = rs.getString("override_by");
        return new AuditEntry(orderId, caseId, rs.getLong("version"), CaseRows.time(rs, "at"), rs.getString("actor"), a,
                before == null ? null : CaseState.valueOf(before), after == null ? null : CaseState.valueOf(after),
                rs.getString("detail"), rs.getString("note"),
                overrideBy == null ? null : new IgnoreOverride(overrideBy, rs.getString("override_reason")));
    }
}
