package io.omsexception.channels;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.NotificationKind;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import io.omsexception.model.InvalidFieldException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends notifications as templated text messages through the host's {@link SmsGateway}: one
 * {@link SmsMessage} per phone, with the template the host registered for the notification's kind
 * and these parameters, in this order:
 * <ul>
 *   <li>customers: {@code orderId}, {@code caseId}, {@code message} (the customer message);
 *   <li>staff: {@code orderId}, {@code caseId}, {@code priority} ({@code P1}), {@code department}
 *       (财务), {@code dueAt} ({@code 2026-11-22 11:00 +08:00}), {@code message}.
 * </ul>
 * A kind without a template, and a notification whose phones the host's function does not know
 * (none, or only masked numbers such as {@code 138****5678}), send nothing.
 *
 * <p>Each message is tried under the channel's {@link Retry}; the first that still fails stops
 * the notification with a {@link ChannelException} (the outbox delivers it again later, to every
 * phone: the message's idempotency key lets the gateway drop repeats). Immutable and thread-safe.
 */
public final class SmsChannel implements Notifier {
    static final String NAME = "SMS";

    private final SmsGateway gateway;
    private final String signName;
    private final Map<NotificationKind, String> templates;
    private final Function<StaffNotification, List<String>> staff;
    private final Function<CustomerNotification, List<String>> customers;
    private final Texts texts;
    private final Retry retry;

    private SmsChannel(Builder b) {
        this.gateway = b.gateway;
        this.signName = b.signName;
        this.templates = new EnumMap<>(b.templates);
        this.staff = b.staff;
        this.customers = b.customers;
        this.texts = b.texts();
        this.retry = b.retry;
    }

    /**
     * @param gateway the host's call of its SMS provider
     * @return a builder
     * @throws InvalidFieldException naming {@code gateway} when null
     */
    public static Builder builder(SmsGateway gateway) {
        return new Builder(Settings.required(gateway, "gateway"));
    }

    /**
     * @param n the notification, never null
     * @throws ChannelException when a message was not sent after the retries
     */
    @Override
    public void notifyStaff(StaffNotification n) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("orderId", n.caseId().orderId());
        p.put("caseId", n.caseId().toString());
        p.put("priority", n.priority().name());
        p.put("department", n.department().displayName().in(texts.language()));
        p.put("dueAt", texts.time(n.dueAt()));
        p.put("message", n.message().in(texts.language()));
        send(n.kind(), Recipients.of(staff, n), p, n.idempotencyKey());
    }

    /**
     * @param n the notification, never null
     * @throws ChannelException when a message was not sent after the retries
     */
    @Override
    public void notifyCustomer(CustomerNotification n) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("orderId", n.orderId());
        p.put("caseId", n.caseId().toString());
        p.put("message", n.message().in(texts.language()));
        send(n.kind(), Recipients.of(customers, n), p, n.idempotencyKey());
    }

    private void send(NotificationKind kind, List<String> phones, Map<String, String> parameters, String key) {
        String template = templates.get(kind);
        if (template == null) {
            return;
        }
        for (int i = 0; i < phones.size(); i++) {
            String phone = phones.get(i);
            int index = i;
            Retrier.run(NAME, key, retry, new Secrets(), () -> {
                SmsMessage message;
                try {
                    message = new SmsMessage(phone, template, signName, parameters, key);
                } catch (InvalidFieldException e) {
                    throw new Retrier.Failure("phone " + index + " is not a phone number", false);
                }
                try {
                    gateway.send(message);
                } catch (RuntimeException e) {
                    throw new Retrier.Failure("the gateway failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
                }
            });
        }
    }

    @Override
    public String toString() {
        return "SmsChannel[templates " + templates.keySet() + (signName == null ? "" : ", sign " + signName) + "]";
    }

    /**
     * Configures an {@link SmsChannel}: a template per notification kind (at least one), the
     * signature name, the phones of staff and of customer notifications (default none), retries,
     * clock (the zone of {@code dueAt}) and language. Each setting is taken once. Mutable and
     * single-threaded.
     */
    public static final class Builder extends ChannelSettings<Builder> {
        private final SmsGateway gateway;
        private String signName;
        private final Map<NotificationKind, String> templates = new EnumMap<>(NotificationKind.class);
        private Function<StaffNotification, List<String>> staff;
        private Function<CustomerNotification, List<String>> customers;

        private Builder(SmsGateway gateway) {
            this.gateway = gateway;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param kind a notification kind, for example {@link NotificationKind#CUSTOMER_PROGRESS}
         * @param templateCode the gateway's template for it, for example {@code SMS_276300001}
         * @return this builder
         * @throws InvalidFieldException naming {@code template(KIND)} when blank
         * @throws IllegalStateException when this kind's template was already set
         */
        public Builder template(NotificationKind kind, String templateCode) {
            Settings.required(kind, "kind");
            Settings.text(templateCode, "template(" + kind + ")");
            Settings.once(given, "template(" + kind + ")");
            templates.put(kind, templateCode.strip());
            return this;
        }

        /**
         * @param value the signature name (签名) registered with the gateway, for example {@code 某某商城}
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder signName(String value) {
            Settings.text(value, "signName");
            Settings.once(given, "signName");
            this.signName = value.strip();
            return this;
        }

        /**
         * @param value the phones of a staff notification, for example the on-call phones of its
         *     department; an empty list or null sends nothing; thread-safe
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder staffPhones(Function<StaffNotification, List<String>> value) {
            Settings.required(value, "staffPhones");
            Settings.once(given, "staffPhones");
            this.staff = value;
            return this;
        }

        /**
         * @param value the phones of a customer notification, for example the buyer's from the
         *     host's order; an empty list or null sends nothing; thread-safe
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder customerPhones(Function<CustomerNotification, List<String>> value) {
            Settings.required(value, "customerPhones");
            Settings.once(given, "customerPhones");
            this.customers = value;
            return this;
        }

        /**
         * @return the channel
         * @throws InvalidFieldException naming {@code templates} when no template was given
         */
        public SmsChannel build() {
            if (templates.isEmpty()) {
                throw new InvalidFieldException("templates", "must name at least one notification kind");
            }
            return new SmsChannel(this);
        }
    }
}
