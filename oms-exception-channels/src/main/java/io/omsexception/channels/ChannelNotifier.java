package io.omsexception.channels;

import io.omsexception.handling.Channel;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import io.omsexception.model.InvalidFieldException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The {@link Notifier} a host gives {@code ExceptionHandling}: it routes each notification to the
 * channels configured for the {@link Channel}s the notification names, staff and customer routes
 * apart. For example staff on {@code IN_APP} to a WeCom robot and on {@code EMAIL} to an
 * {@link EmailChannel}, customers on {@code SMS} to an {@link SmsChannel}. A notification naming a
 * channel without a route is not sent there; a target routed on two named channels gets it once.
 *
 * <p>Every target is tried, in the order of the channels and of the routes; when some failed, the
 * first failure is thrown after the others were tried, the rest added as suppressed, so the outbox
 * keeps the notification pending and delivers it again later (to every target: at least once,
 * under the same idempotency key). Immutable and thread-safe when its targets are.
 */
public final class ChannelNotifier implements Notifier {
    private final Map<Channel, List<Notifier>> staff;
    private final Map<Channel, List<Notifier>> customers;

    private ChannelNotifier(Builder b) {
        this.staff = copy(b.staff);
        this.customers = copy(b.customers);
    }

    private static Map<Channel, List<Notifier>> copy(Map<Channel, List<Notifier>> routes) {
        Map<Channel, List<Notifier>> m = new EnumMap<>(Channel.class);
        routes.forEach((c, l) -> m.put(c, List.copyOf(l)));
        return m;
    }

    /** @return a builder without routes */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param notification the notification, never null
     * @throws RuntimeException the first failure of a target (a {@link ChannelException} from this
     *     module's channels), after every target was tried
     */
    @Override
    public void notifyStaff(StaffNotification notification) {
        route(staff, notification.channels(), notification, Notifier::notifyStaff);
    }

    /**
     * @param notification the notification, never null
     * @throws RuntimeException the first failure of a target, after every target was tried
     */
    @Override
    public void notifyCustomer(CustomerNotification notification) {
        route(customers, notification.channels(), notification, Notifier::notifyCustomer);
    }

    private static <N> void route(Map<Channel, List<Notifier>> routes, java.util.Set<Channel> named, N notification,
            BiConsumer<Notifier, N> send) {
        List<Notifier> targets = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (named.contains(c)) {
                for (Notifier n : routes.getOrDefault(c, List.of())) {
                    if (targets.stream().noneMatch(t -> t == n)) {
                        targets.add(n);
                    }
                }
            }
        }
        RuntimeException failure = null;
        for (Notifier target : targets) {
            try {
                send.accept(target, notification);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "ChannelNotifier[staff " + staff + ", customers " + customers + "]";
    }

    /**
     * Configures a {@link ChannelNotifier}: routes are added, not set, so a channel may have several
     * targets; the same target twice on one channel is refused. Mutable and single-threaded.
     */
    public static final class Builder {
        private final Map<Channel, List<Notifier>> staff = new EnumMap<>(Channel.class);
        private final Map<Channel, List<Notifier>> customers = new EnumMap<>(Channel.class);

        private Builder() {
        }

        /**
         * @param channel a channel staff notifications name, for example {@link Channel#IN_APP}
         * @param target where they go on it, for example a {@link WeComRobot}
         * @return this builder
         * @throws InvalidFieldException naming {@code channel} or {@code target} when null
         * @throws IllegalStateException when this target was already routed on this channel
         */
        public Builder staff(Channel channel, Notifier target) {
            add(staff, "staff", channel, target);
            return this;
        }

        /**
         * @param channel a channel customer notifications name, for example {@link Channel#SMS}
         * @param target where they go on it, for example an {@link SmsChannel}
         * @return this builder
         * @throws InvalidFieldException naming {@code channel} or {@code target} when null
         * @throws IllegalStateException when this target was already routed on this channel
         */
        public Builder customer(Channel channel, Notifier target) {
            add(customers, "customer", channel, target);
            return this;
        }

        private static void add(Map<Channel, List<Notifier>> routes, String who, Channel channel, Notifier target) {
            Settings.required(channel, "channel");
            Settings.required(target, "target");
            List<Notifier> list = routes.computeIfAbsent(channel, c -> new ArrayList<>());
            if (list.stream().anyMatch(t -> t == target)) {
                throw new IllegalStateException(who + "(" + channel + ", " + target + ") was already set");
            }
            list.add(target);
        }

        /**
         * @return the notifier
         * @throws InvalidFieldException naming {@code routes} when none was added
         */
        public ChannelNotifier build() {
            if (staff.isEmpty() && customers.isEmpty()) {
                throw new InvalidFieldException("routes", "must route at least one channel");
            }
            return new ChannelNotifier(this);
        }
    }
}
