package io.omsexception.handling;

import io.omsexception.model.Order;
import java.util.List;

/**
 * The host's source of open orders for {@link ExceptionMonitor}: per family, as the host names
 * them in the monitor's schedule (for example {@code IN_TRANSIT}: shipped and not delivered;
 * {@code UNPAID}: created and not paid), the orders as they are now.
 *
 * <p>Called from the monitor's thread; implementations must be thread-safe.
 */
@FunctionalInterface
public interface OpenOrders {

    /**
     * @param family a family of the monitor's schedule, never null
     * @return its open orders as they are now, each once; never null
     */
    List<Order> find(String family);
}
