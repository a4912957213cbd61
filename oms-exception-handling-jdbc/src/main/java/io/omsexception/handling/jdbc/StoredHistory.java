package io.omsexception.handling.jdbc;

import io.omsexception.ActionType;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseAction;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.CaseState;
import io.omsexception.handling.ClosingReason;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.report.HandledCase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads stored cases and their trails as the report's {@link HandledCase}s, so that
 * {@link io.omsexception.report.StatisticsCollector} gives handling times by code, department and
 * stage from the stored history; manual marks are included, under their reason's code and their
 * category. A case's handling counts from its last opening: stage {@code triage} runs from then
 * until someone started it (or opened a work order for it), stage {@code resolution} from then until
 * it was closed, and stage {@code delay} covers a delay mark's delay. A case closed without being
 * started has only a triage stage. A case's {@linkplain HandledCase#verdict() verdict}, for the
 * report's precision and the impact preview, is what staff said when they closed it:
 * {@code FALSE_ALARM} when they resolved it as {@link ClosingReason#NOT_AN_EXCEPTION},
 * {@code GENUINE} when they resolved it as {@link ClosingReason#FIXED} or confirmed it (the order
 * was cancelled for it); unknown (null) when it is open, was resolved by the system, ignored, or
 * resolved without a reason. Its {@linkplain HandledCase#actions() actions} are its audit entries
 * {@code ACTION_PROPOSED} (proposed to staff), {@code ACTION_EXECUTED} (carried out) and the
 * {@code ACTION_FAILED} of an action's last attempt (its note says {@code no attempt left});
 * failed attempts that are retried are not outcomes. Its {@linkplain HandledCase#escalations()
 * escalations} are its {@code ESCALATE} entries: {@code to a manager} is
 * {@link HandledCase.Escalation.Level#MANAGER}, the others (to the department's lead)
 * {@link HandledCase.Escalation.Level#LEAD}. Both count every opening of the case. {@link #breakdown} adds what the report does not count: the
 * daily trend, the cases by channel and by carrier, and each code's share of cases staff closed as
 * {@link ClosingReason#NOT_AN_EXCEPTION}.
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
        List<HandledCase.ActionOutcome> actions = new ArrayList<>();
        List<HandledCase.Escalation> escalations = new ArrayList<>();
        for (AuditEntry e : trail) {
            if (!c.id().equals(e.caseId())) {
                continue;
            }
            HandledCase.ActionOutcome.Outcome outcome = outcome(e);
            if (outcome != null) {
                actions.add(new HandledCase.ActionOutcome(ActionType.of(e.detail().split(" ", 2)[0]), outcome, e.at()));
            } else if (e.action() == CaseAction.ESCALATE) {
                escalations.add(new HandledCase.Escalation(MANAGER.equals(e.detail()) ? HandledCase.Escalation.Level.MANAGER
                        : HandledCase.Escalation.Level.LEAD, e.at()));
            }
        }
        return new HandledCase(c.orderId(), c.code(), c.category(), c.department(), opened, closed, stages, verdict(c),
                actions, escalations);
    }

    /** The detail of an escalation to a manager; the one to the lead names the department. */
    private static final String MANAGER = "to a manager";
    /** What the note of an action's last failed attempt says. */
    private static final String NO_ATTEMPT_LEFT = "no attempt left";

    /** @return what the entry says became of an action of the case; null when it is no action outcome */
    private static HandledCase.ActionOutcome.Outcome outcome(AuditEntry e) {
        if (e.detail() == null) {
            return null;
        }
        if (e.action() == CaseAction.ACTION_PROPOSED) {
            return HandledCase.ActionOutcome.Outcome.PROPOSED;
        }
        if (e.action() == CaseAction.ACTION_EXECUTED) {
            return HandledCase.ActionOutcome.Outcome.EXECUTED;
        }
        return e.action() == CaseAction.ACTION_FAILED && e.note() != null && e.note().contains(NO_ATTEMPT_LEFT)
                ? HandledCase.ActionOutcome.Outcome.FAILED : null;
    }

    /** @return what staff said when they closed the case; null when they said nothing (or did not close it) */
    private static HandledCase.Verdict verdict(ExceptionCase c) {
        if (c.closure() == null || ExceptionHandling.SYSTEM.equals(c.closure().by())) {
            return null;
        }
        if (c.closure().reason() == ClosingReason.NOT_AN_EXCEPTION) {
            return HandledCase.Verdict.FALSE_ALARM;
        }
        return c.closure().reason() == ClosingReason.FIXED || c.state() == CaseState.CONFIRMED
                ? HandledCase.Verdict.GENUINE : null;
    }

    /** The key of cases whose order named no channel, or no carrier. */
    public static final String UNKNOWN = "(unknown)";

    /**
     * Opened and closed cases of one day.
     *
     * @param date the day, in the zone asked for
     * @param opened cases first opened that day
     * @param closed cases closed that day (still closed now)
     */
    public record Day(LocalDate date, long opened, long closed) {
    }

    /**
     * How often staff found a code's cases were no exception: its rule's precision.
     *
     * @param code the code (or a mark's reason)
     * @param closedByStaff cases of the code that staff resolved, confirmed or ignored
     * @param notAnException those of them staff closed as {@link ClosingReason#NOT_AN_EXCEPTION}
     */
    public record Precision(String code, long closedByStaff, long notAnException) {
        /** @return {@code notAnException / closedByStaff}, 0 when staff closed none */
        public double notAnExceptionShare() {
            return closedByStaff == 0 ? 0 : (double) notAnException / closedByStaff;
        }
    }

    /**
     * The breakdown of a period's cases.
     *
     * @param daily one entry per day with a case opened or closed, oldest first
     * @param byChannel cases per order channel (shop), most first; {@value #UNKNOWN} when none
     * @param byCarrier cases per carrier, most first; {@value #UNKNOWN} when the order had not shipped
     * @param precision one entry per code with a case closed by staff, highest share of "not an
     *     exception" first, then by code
     */
    public record Breakdown(List<Day> daily, Map<String, Long> byChannel, Map<String, Long> byCarrier,
            List<Precision> precision) {
        /** Copies the parts. */
        public Breakdown {
            daily = List.copyOf(daily);
            byChannel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
            byCarrier = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCarrier));
            precision = List.copyOf(precision);
        }
    }

    /**
     * @param cases stored cases, for example {@link JdbcCaseStore#findCreatedBetween}, never null
     * @param zone the zone whose days the trend counts in, never null
     * @return the daily trend, the cases by channel and carrier, and each code's precision
     */
    public static Breakdown breakdown(List<ExceptionCase> cases, ZoneId zone) {
        JdbcArgs.required(cases, "cases");
        JdbcArgs.required(zone, "zone");
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        Map<String, Long> channels = new HashMap<>();
        Map<String, Long> carriers = new HashMap<>();
        Map<String, long[]> precision = new TreeMap<>();
        for (ExceptionCase c : cases) {
            days.computeIfAbsent(c.createdAt().atZone(zone).toLocalDate(), d -> new long[2])[0]++;
            channels.merge(c.channel() == null ? UNKNOWN : c.channel(), 1L, Long::sum);
            carriers.merge(c.carrier() == null ? UNKNOWN : c.carrier(), 1L, Long::sum);
            if (c.closure() != null) {
                days.computeIfAbsent(c.closure().at().atZone(zone).toLocalDate(), d -> new long[2])[1]++;
                if (!ExceptionHandling.SYSTEM.equals(c.closure().by()) && c.state() != CaseState.OPEN) {
                    long[] p = precision.computeIfAbsent(c.code(), k -> new long[2]);
                    p[0]++;
                    if (c.closure().reason() == ClosingReason.NOT_AN_EXCEPTION) {
                        p[1]++;
                    }
                }
            }
        }
        List<Day> daily = new ArrayList<>();
        days.forEach((d, n) -> daily.add(new Day(d, n[0], n[1])));
        List<Precision> precisions = new ArrayList<>();
        precision.forEach((code, n) -> precisions.add(new Precision(code, n[0], n[1])));
        precisions.sort(java.util.Comparator.comparingDouble(Precision::notAnExceptionShare).reversed()
                .thenComparing(Precision::code));
        return new Breakdown(daily, mostFirst(channels), mostFirst(carriers), precisions);
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
