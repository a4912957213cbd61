package io.omsexception.handling.jdbc;

import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseAction;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.report.HandledCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stored cases and their trails as the report's {@link HandledCase}s, so that
 * {@link io.omsexception.report.StatisticsCollector} gives handling times by code, department and
 * stage from the stored history; manual marks are included, under their reason's code and their
 * category. A case's handling counts from its last opening: stage {@code triage} runs from then
 * until someone started it (or opened a work order for it), stage {@code resolution} from then until
 * it was closed, and stage {@code delay} covers a delay mark's delay. A case closed without being
 * started has only a triage stage.
 *
 * <p>Stateless and thread-safe.
 */
public final class StoredHistory {
    private StoredHistory() {
    }

    /**
     * @param store the store the cases come from, never null; each order's trail is read once
     * @param cases stored cases, for example {@link JdbcCaseStore#findCreatedBetween}, never null
     * @return one handled case per case, in the same order
     */
    public static List<HandledCase> handledCases(CaseStore store, List<ExceptionCase> cases) {
        JdbcArgs.required(store, "store");
        Map<String, List<AuditEntry>> trails = new HashMap<>();
        List<HandledCase> out = new ArrayList<>(JdbcArgs.required(cases, "cases").size());
        for (ExceptionCase c : cases) {
            out.add(handled(c, trails.computeIfAbsent(c.orderId(), store::trail)));
        }
        return out;
    }

    /**
     * @param c a case, never null
     * @param trail its order's trail, never null
     * @return the case as the statistics read it
     */
    public static HandledCase handled(ExceptionCase c, List<AuditEntry> trail) {
        JdbcArgs.required(c, "case");
        Instant opened = c.openedAt();
        Instant closed = c.closure() == null ? null : c.closure().at();
        Instant started = null;
        for (AuditEntry e : JdbcArgs.required(trail, "trail")) {
            if (c.id().equals(e.caseId()) && !e.at().isBefore(opened)
                    && (e.action() == CaseAction.START || e.action() == CaseAction.WORK_ORDER)) {
                started = e.at();
                break;
            }
        }
        List<HandledCase.Stage> stages = new ArrayList<>();
        if (c.mark() != null && c.mark().delayUntil() != null && c.mark().delayUntil().isAfter(opened)) {
            Instant until = c.mark().delayUntil();
            stages.add(new HandledCase.Stage("delay", opened, closed == null ? null
                    : closed.isBefore(until) ? closed : until));
        }
        if (started == null) {
            stages.add(new HandledCase.Stage("triage", opened, closed));
        } else {
            stages.add(new HandledCase.Stage("triage", opened, started));
            stages.add(new HandledCase.Stage("resolution", started, closed));
        }
        return new HandledCase(c.orderId(), c.code(), c.category(), c.department(), opened, closed, stages);
    }
}
