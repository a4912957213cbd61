package io.omsexception.handling;

/** What a notification is about; repeats of one kind for one case are suppressed within the window. */
public enum NotificationKind {
    /** Staff: a case opened (or reopened, or moved) in their department's queue. */
    CASE_OPENED,
    /** Staff: a case in their queue is past its due time. */
    CASE_OVERDUE,
    /** Staff: an action of a case in their queue failed on every attempt; a person must do it. */
    ACTION_FAILED,
    /** The department's lead: a case is past its response target ({@link ExceptionMonitor}). */
    ESCALATED_TO_LEAD,
    /** A manager: a case is past twice its response target ({@link ExceptionMonitor}). */
    ESCALATED_TO_MANAGER,
    /** Customer: the progress message of the case's code. */
    CUSTOMER_PROGRESS,
    /** Customer: the order was cancelled, with the reason. */
    ORDER_CANCELLED,
    /** Customer: some lines of the order were cancelled, with the reason. */
    LINES_CANCELLED
}
