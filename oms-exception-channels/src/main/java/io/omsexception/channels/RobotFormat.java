package io.omsexception.channels;

/** How a group robot shows a staff notification. */
public enum RobotFormat {
    /** Plain text: the title on the first line, then the message, the due time and the assignee. */
    TEXT,
    /** Markdown: the title in bold, the message, then the due time and the assignee as quotes. */
    MARKDOWN
}
