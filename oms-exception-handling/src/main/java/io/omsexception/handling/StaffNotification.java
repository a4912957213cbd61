package io.omsexception.handling;

import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import java.time.Instant;
import java.util.Set;

/**
 * A message for the staff of a department's queue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind {@link NotificationKind#CASE_OPENED}, {@link NotificationKind#CASE_OVERDUE},
 *     {@link NotificationKind#ACTION_FAILED}, {@link NotificationKind#ESCALATED_TO_LEAD} or
 *     {@link NotificationKind#ESCALATED_TO_MANAGER} (for the department's lead, a manager)
 * @param department whose queue, never null
 * @param caseId the case, never null
 * @param priority the case's priority, never null
 * @param assignee who the case is assigned to; null when nobody
 * @param dueAt when the case is due, never null
 * @param message the text to show, never null
 * @param channels where to deliver it, never null or empty
 * @param at when the notification was made, never null
 * @param idempotencyKey unique per notification, the same on every delivery of it, for example
 *     {@code SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1}: a host that got it already drops a repeat
 */
public record StaffNotification(
        NotificationKind kind,
        Department department,
        CaseId caseId,
        Priority priority,
        String assignee,
        Instant dueAt,
        LocalizedText message,
        Set<Channel> channels,
        Instant at,
        String idempotencyKey) {

    /**
     * Validates the parts and copies the channels.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the offending part
     */
    public StaffNotification {
        Args.required(kind, "kind");
        Args.required(department, "department");
        Args.required(caseId, "caseId");
        Args.required(priority, "priority");
        Args.required(dueAt, "dueAt");
        Args.required(message, "message");
        channels = Notifications.channels(channels);
        Args.required(at, "at");
        Args.text(idempotencyKey, "idempotencyKey");
    }
}
