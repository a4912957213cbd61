package io.omsexception.testkit;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Notifier} that records what it is asked to send, for tests and demos.
 *
 * <p>Thread-safe.
 */
public final class RecordingNotifier implements Notifier {
    private final List<StaffNotification> staff = new ArrayList<>();
    private final List<CustomerNotification> customer = new ArrayList<>();

    /** Creates a notifier that has recorded nothing yet. */
    public RecordingNotifier() {
    }

    @Override
    public synchronized void notifyStaff(StaffNotification notification) {
        staff.add(Objects.requireNonNull(notification, "notification"));
    }

    @Override
    public synchronized void notifyCustomer(CustomerNotification notification) {
        customer.add(Objects.requireNonNull(notification, "notification"));
    }

    /** @return the staff notifications, oldest first, as an immutable copy */
    public synchronized List<StaffNotification> staff() {
        return List.copyOf(staff);
    }

    /** @return the customer notifications, oldest first, as an immutable copy */
    public synchronized List<CustomerNotification> customer() {
        return List.copyOf(customer);
    }

    /** Forgets every recorded notification. */
    public synchronized void clear() {
        staff.clear();
        customer.clear();
    }
}
