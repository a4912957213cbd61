package io.omsexception.handling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An order's audit trail, oldest entry first, as read at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order's id, not blank
 * @param entries the entries in the order they were appended, never null
 */
public record AuditTrail(String orderId, List<AuditEntry> entries) {

    /**
     * Validates the id and copies the entries.
     *
     * @throws io.omsexception.model.InvalidFieldException naming {@code orderId} or {@code entries}
     */
    public AuditTrail {
        Args.text(orderId, "orderId");
        entries = List.copyOf(Args.required(entries, "entries"));
    }

    /** @return the number of entries */
    public int size() {
        return entries.size();
    }

    /**
     * @param caseId a case of this order, never null
     * @return that case's entries, oldest first
     */
    public List<AuditEntry> of(CaseId caseId) {
        Args.required(caseId, "caseId");
        return entries.stream().filter(e -> caseId.equals(e.caseId()) && !e.action().isOrderLevel()).toList();
    }

    /**
     * Renders the trail: a date line ({@code 2026-11-22}) whenever the date changes, then one
     * line per entry as {@link AuditEntry#toText}; lines end with {@code \n}.
     *
     * @param zone the zone dates and times are shown in, never null
     * @return the text; empty when there are no entries
     */
    public String toText(ZoneId zone) {
        Args.required(zone, "zone");
        StringBuilder b = new StringBuilder();
        LocalDate day = null;
        for (AuditEntry e : entries) {
            LocalDate d = e.at().atZone(zone).toLocalDate();
            if (!d.equals(day)) {
                b.append(d).append('\n');
                day = d;
            }
            b.append(e.toText(zone)).append('\n');
        }
        return b.toString();
    }
}
