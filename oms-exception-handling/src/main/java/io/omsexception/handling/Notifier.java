package io.omsexception.handling;

/**
 * How the library reaches people; the host implements it over SMS, email and in-app messages.
 * The library has already applied the notification window: every call is meant to be delivered.
 *
 * <p>Called after the case change was stored, from the thread that made it. Implementations must
 * be thread-safe and should return quickly (queue slow deliveries). An exception thrown here is
 * logged and does not undo or fail the case change.
 */
public interface Notifier {

    /** @param notification a message for the staff of a department, never null */
    void notifyStaff(StaffNotification notification);

    /** @param notification a message for the customer of an order, never null */
    void notifyCustomer(CustomerNotification notification);
}
