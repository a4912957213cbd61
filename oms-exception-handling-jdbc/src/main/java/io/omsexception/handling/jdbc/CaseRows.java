package io.omsexception.handling.jdbc;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Priority;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseKind;
import io.omsexception.handling.CaseState;
import io.omsexception.handling.Closure;
import io.omsexception.handling.ClosingReason;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.IgnoreOverride;
import io.omsexception.handling.MarkRequest;
import io.omsexception.handling.ProgressNote;
import io.omsexception.handling.WorkOrder;
import io.omsexception.json.OrderJson;
import io.omsexception.model.CustomerTier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of cases, marks, work orders and progress notes: how a case is written and read back. */
final class CaseRows {
    private static final String COLUMNS = "order_id, kind, case_key, version, state, is_open, code, category, priority,"
            + " department, blocking, finding_json, customer_id, customer_tier, created_at, opened_at, due_at, updated_at,"
            + " assignee, closed_by, closed_at, closure_note, override_by, override_reason, closure_lines, closure_reason,"
            + " channel, carrier";

    private CaseRows() {
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.TIMESTAMP);
        } else {
            ps.setObject(i, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** Inserts the case's row and its mark, notes and work order; false when the case exists. */
    static boolean insert(Connection c, SqlDialect dialect, ExceptionCase k) throws SQLException {
        String sql = "INSERT INTO oms_case (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + dialect.onConflictDoNothing();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, k.orderId());
            ps.setString(2, k.kind().name());
            ps.setString(3, k.id().key());
            ps.setLong(4, k.version());
            bindState(ps, 5, k);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        } catch (SQLException e) {
            if (JdbcArgs.isDuplicate(e)) {
                return false;
            }
            throw e;
        }
        if (k.mark() != null) {
            MarkRequest m = k.mark();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO oms_mark (order_id, handle, reason, category,"
                    + " actor, delay_until, note, request_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, k.orderId());
                ps.setString(2, m.handle());
                ps.setString(3, m.reason().code());
                ps.setString(4, m.category().name());
                ps.setString(5, m.actor());
                setTime(ps, 6, m.delayUntil());
                ps.setString(7, m.note());
                ps.setString(8, Codec.mark(m));
                ps.executeUpdate();
            }
        }
        addDetails(c, k, 0, false);
        return true;
    }

    /** Replaces the case's row when it is at the version before; false when it is not. */
    static boolean update(Connection c, ExceptionCase k) throws SQLException {
        String sql = "UPDATE oms_case SET version = ?, state = ?, is_open = ?, code = ?, category = ?, priority = ?,"
                + " department = ?, blocking = ?, finding_json = ?, customer_id = ?, customer_tier = ?, created_at = ?,"
                + " opened_at = ?, due_at = ?, updated_at = ?, assignee = ?, closed_by = ?, closed_at = ?,"
                + " closure_note = ?, override_by = ?, override_reason = ?, closure_lines = ?, closure_reason = ?,"
                + " channel = ?, carrier = ?"
                + " WHERE order_id = ? AND kind = ? AND case_key = ? AND version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, k.version());
            int next = bindState(ps, 2, k);
            ps.setString(next, k.orderId());
            ps.setString(next + 1, k.kind().name());
            ps.setString(next + 2, k.id().key());
            ps.setLong(next + 3, k.version() - 1);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        int storedNotes;
        boolean storedWorkOrder;
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM oms_progress_note WHERE order_id = ?"
                + " AND kind = ? AND case_key = ?), (SELECT COUNT(*) FROM oms_work_order WHERE order_id = ? AND kind = ?"
                + " AND case_key = ?)")) {
            for (int i = 0; i < 2; i++) {
                ps.setString(1 + 3 * i, k.orderId());
                ps.setString(2 + 3 * i, k.kind().name());
                ps.setString(3 + 3 * i, k.id().key());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                storedNotes = rs.getInt(1);
                storedWorkOrder = rs.getInt(2) > 0;
            }
        }
        addDetails(c, k, storedNotes, storedWorkOrder);
        return true;
    }

    private static int bindState(PreparedStatement ps, int i, ExceptionCase k) throws SQLException {
        ps.setString(i++, k.state().name());
        ps.setBoolean(i++, k.isOpen());
        ps.setString(i++, k.code());
        ps.setString(i++, k.category().name());
        ps.setString(i++, k.priority().name());
        ps.setString(i++, k.department().name());
        ps.setBoolean(i++, k.blocking());
        ps.setString(i++, k.finding() == null ? null : Codec.finding(k.finding()));
        ps.setString(i++, k.customerId());
        ps.setString(i++, k.customerTier() == null ? null : k.customerTier().name());
        setTime(ps, i++, k.createdAt());
        setTime(ps, i++, k.openedAt());
        setTime(ps, i++, k.dueAt());
        setTime(ps, i++, k.updatedAt());
        ps.setString(i++, k.assignee());
        Closure cl = k.closure();
        ps.setString(i++, cl == null ? null : cl.by());
        setTime(ps, i++, cl == null ? null : cl.at());
        ps.setString(i++, cl == null ? null : cl.note());
        ps.setString(i++, cl == null || cl.override() == null ? null : cl.override().by());
        ps.setString(i++, cl == null || cl.override() == null ? null : cl.override().reason());
        ps.setString(i++, cl == null || cl.lineIds().isEmpty() ? null : Codec.strings(cl.lineIds()));
        ps.setString(i++, cl == null || cl.reason() == null ? null : cl.reason().name());
        ps.setString(i++, k.channel());
        ps.setString(i++, k.carrier());
        return i;
    }

    private static void addDetails(Connection c, ExceptionCase k, int storedNotes, boolean storedWorkOrder)
            throws SQLException {
        List<ProgressNote> notes = k.notes();
        if (notes.size() > storedNotes) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO oms_progress_note (order_id, kind, case_key,"
                    + " note_no, at, author, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int n = storedNotes; n < notes.size(); n++) {
                    ps.setString(1, k.orderId());
                    ps.setString(2, k.kind().name());
                    ps.setString(3, k.id().key());
                    ps.setInt(4, n);
                    setTime(ps, 5, notes.get(n).at());
                    ps.setString(6, notes.get(n).author());
                    ps.setString(7, notes.get(n).text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (k.workOrder() != null && !storedWorkOrder) {
            WorkOrder w = k.workOrder();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO oms_work_order (order_id, kind, case_key,"
                    + " opened_at, opened_by, customer_request, order_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, k.orderId());
                ps.setString(2, k.kind().name());
                ps.setString(3, k.id().key());
                setTime(ps, 4, w.openedAt());
                ps.setString(5, w.openedBy());
                ps.setString(6, w.customerRequest());
                ps.setString(7, OrderJson.writeOrder(w.order()));
                ps.executeUpdate();
            }
        }
    }

    /** @return the version of the case now, 0 when there is none */
    static long version(Connection c, CaseId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM oms_case WHERE order_id = ? AND kind = ? AND case_key = ?")) {
            ps.setString(1, id.orderId());
            ps.setString(2, id.kind().name());
            ps.setString(3, id.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Loads the cases a condition on {@code c} (the case table) selects, in the order they were
     * first opened, with their marks, notes and work orders: four queries whatever their number.
     */
    static List<ExceptionCase> load(Connection con, String where, Object... params) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(con, "SELECT c.* FROM oms_case c WHERE " + where + " ORDER BY c.case_no",
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row r = new Row(rs);
                rows.put(r.key(), r);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        String join = " JOIN oms_case c ON c.order_id = x.order_id AND c.kind = x.kind AND c.case_key = x.case_key"
                + " WHERE " + where;
        try (PreparedStatement ps = prepare(con, "SELECT x.* FROM oms_progress_note x" + join + " ORDER BY x.note_no",
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row r = rows.get(key(rs));
                if (r != null) {
                    r.notes.add(new ProgressNote(time(rs, "at"), rs.getString("author"), rs.getString("body")));
                }
            }
        }
        try (PreparedStatement ps = prepare(con, "SELECT x.* FROM oms_work_order x" + join, params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row r = rows.get(key(rs));
                if (r != null) {
                    r.workOrder = new WorkOrder(OrderJson.readOrder(rs.getString("order_json")),
                            rs.getString("customer_request"), time(rs, "opened_at"), rs.getString("opened_by"));
                }
            }
        }
        Map<String, MarkRequest> marks = new HashMap<>();
        try (PreparedStatement ps = prepare(con, "SELECT x.order_id, x.handle, x.request_json FROM oms_mark x JOIN"
                + " oms_case c ON c.order_id = x.order_id AND c.kind = 'MARK' AND c.case_key = x.handle WHERE " + where,
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                marks.put(rs.getString("order_id") + "\u0000MARK\u0000" + rs.getString("handle"),
                        Codec.mark(rs.getString("request_json")));
            }
        }
        List<ExceptionCase> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(r.toCase(marks.get(r.key())));
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                setTime(ps, i + 1, t);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getString("order_id") + "\u0000" + rs.getString("kind") + "\u0000" + rs.getString("case_key");
    }

    /** One case row while its details are gathered. */
    private static final class Row {
        final String orderId;
        final String kind;
        final String caseKey;
        final long version;
        final String state;
        final String code;
        final String category;
        final String priority;
        final String department;
        final boolean blocking;
        final String findingJson;
        final String customerId;
        final String customerTier;
        final Instant createdAt;
        final Instant openedAt;
        final Instant dueAt;
        final Instant updatedAt;
        final String assignee;
        final String closedBy;
        final Instant closedAt;
        final String closureNote;
        final String overrideBy;
        final String overrideReason;
        final String closureLines;
        final String closureReason;
        final String channel;
        final String carrier;
        final List<ProgressNote> notes = new ArrayList<>();
        WorkOrder workOrder;

        Row(ResultSet rs) throws SQLException {
            orderId = rs.getString("order_id");
            kind = rs.getString("kind");
            caseKey = rs.getString("case_key");
            version = rs.getLong("version");
            state = rs.getString("state");
            code = rs.getString("code");
            category = rs.getString("category");
            priority = rs.getString("priority");
            department = rs.getString("department");
            blocking = rs.getBoolean("blocking");
            findingJson = rs.getString("finding_json");
            customerId = rs.getString("customer_id");
            customerTier = rs.getString("customer_tier");
            createdAt = time(rs, "created_at");
            openedAt = time(rs, "opened_at");
            dueAt = time(rs, "due_at");
            updatedAt = time(rs, "updated_at");
            assignee = rs.getString("assignee");
            closedBy = rs.getString("closed_by");
            closedAt = time(rs, "closed_at");
            closureNote = rs.getString("closure_note");
            overrideBy = rs.getString("override_by");
            overrideReason = rs.getString("override_reason");
            closureLines = rs.getString("closure_lines");
            closureReason = rs.getString("closure_reason");
            channel = rs.getString("channel");
            carrier = rs.getString("carrier");
        }

        String key() {
            return orderId + "\u0000" + kind + "\u0000" + caseKey;
        }

        ExceptionCase toCase(MarkRequest mark) {
            CaseId id = new CaseId(orderId, CaseKind.valueOf(kind), caseKey);
            Closure closure = closedBy == null ? null : new Closure(closedBy, closedAt, closureNote,
                    overrideBy == null ? null : new IgnoreOverride(overrideBy, overrideReason),
                    Codec.strings(closureLines, "closure_lines"),
                    closureReason == null ? null : ClosingReason.valueOf(closureReason));
            return new ExceptionCase(id, version, CaseState.valueOf(state), code, Category.of(category),
                    Priority.valueOf(priority), Department.of(department), blocking,
                    findingJson == null ? null : Codec.finding(findingJson), mark, customerId,
                    customerTier == null ? null : CustomerTier.valueOf(customerTier), createdAt, openedAt, dueAt,
                    updatedAt, assignee, notes, workOrder, closure, channel, carrier);
        }
    }
}
