package io.omsexception.handling;

/** A way to reach a person; the host's {@link Notifier} delivers on the channels a notification names. */
public enum Channel {
    /** A text message to a phone. */
    SMS,
    /** An email. */
    EMAIL,
    /** A message inside the host's application (staff workbench, customer app). */
    IN_APP
}
