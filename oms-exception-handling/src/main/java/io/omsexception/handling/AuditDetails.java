package io.omsexception.handling;

import java.util.ArrayList;
import java.util.List;

/** The details the library writes into audit entries: what changed beyond the state. */
final class AuditDetails {
    static final String RELEASED = "back to pending, re-enter the picking queue";

    private AuditDetails() {
    }

    static String opening(ExceptionCase c) {
        StringBuilder b = new StringBuilder();
        if (c.mark() != null) {
            b.append(c.mark().reason().code()).append(", ").append(c.mark().category()).append(", ");
        }
        b.append(c.priority()).append(", ").append(c.department()).append(", ")
                .append(c.blocking() ? "blocking" : "advisory");
        if (c.mark() != null && c.mark().delayUntil() != null) {
            b.append(", delay until ").append(c.mark().delayUntil());
        }
        return b.toString();
    }

    static String transition(CaseAction action, ExceptionCase before, ExceptionCase after) {
        return switch (action) {
            case START -> before.assignee() == null && after.assignee() != null ? assignee(before, after) : null;
            case ASSIGN -> assignee(before, after);
            case WORK_ORDER -> "customer request: " + after.workOrder().customerRequest() + "; " + assignee(before, after);
            case UPDATE, REOPEN, MOVE -> changes(before, after);
            case RESOLVE -> after.closure().reason() == null ? null : "reason: " + after.closure().reason();
            case OPEN, NOTE, CONFIRM, IGNORE, ACTION_QUEUED, ACTION_PROPOSED, ACTION_EXECUTED, ACTION_FAILED,
                    ESCALATE -> null;
        };
    }

    static String held(List<CaseId> blockingCases) {
        return "blocking: " + String.join(", ", blockingCases.stream().map(CaseId::toString).toList());
    }

    static String linesCancelled(ExceptionCase confirmed) {
        return "lines " + String.join(", ", confirmed.closure().lineIds()) + ": case " + confirmed.id() + " confirmed";
    }

    static String cancelled(CaseId confirmed) {
        return "case " + confirmed + " confirmed";
    }

    private static String assignee(ExceptionCase before, ExceptionCase after) {
        return "assignee: " + (before.assignee() == null ? "none" : before.assignee()) + " → " + after.assignee();
    }

    private static String changes(ExceptionCase before, ExceptionCase after) {
        List<String> parts = new ArrayList<>();
        if (before.priority() != after.priority()) {
            parts.add("priority " + before.priority() + " → " + after.priority());
        }
        if (before.department() != after.department()) {
            parts.add("department " + before.department() + " → " + after.department());
        }
        if (before.blocking() != after.blocking()) {
            parts.add("blocking " + before.blocking() + " → " + after.blocking());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
