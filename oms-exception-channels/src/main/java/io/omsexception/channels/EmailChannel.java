package io.omsexception.channels;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import io.omsexception.model.InvalidFieldException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Sends notifications as plain-text email over SMTP with Jakarta Mail (Eclipse Angus Mail): subject
 * and body in UTF-8 ({@code text/plain; charset=UTF-8}, the subject RFC 2047-encoded), a
 * {@code X-Oms-Idempotency-Key} header, the clock's time as the date. Staff get the notification's
 * title as the subject ({@code 新异常 P1 · 财务}) and its message, due time and assignee as the body;
 * customers get {@code 您的订单 SO-1 处理进度} (or {@code 已取消}) and the message.
 *
 * <p>The host's functions name the recipients of each notification; when they name none (or only
 * masked addresses, which are unknown) nothing is sent. Fails with a {@link ChannelException}
 * after its retries; a refused login is not retried. The password appears in no log,
 * {@code toString} or exception message. Immutable and thread-safe.
 */
public final class EmailChannel implements Notifier {
    static final String NAME = "Email";

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain SMTP: only for a relay on the same host or a test server. */
        NONE,
        /** SMTP upgraded with STARTTLS, refused when the server does not offer it (port 587 or 25). */
        STARTTLS,
        /** SMTP over TLS from the start (port 465). */
        SSL
    }

    private final Session session;
    private final InternetAddress from;
    private final String username;
    private final String password;
    private final String shown;
    private final Function<StaffNotification, List<String>> staff;
    private final Function<CustomerNotification, List<String>> customers;
    private final Texts texts;
    private final java.time.Clock clock;
    private final Retry retry;
    private final Secrets secrets;

    private EmailChannel(Builder b) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", b.host);
        p.setProperty("mail.smtp.port", Integer.toString(b.port));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(b.connectTimeout.toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(b.requestTimeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(b.requestTimeout.toMillis()));
        p.setProperty("mail.smtp.auth", Boolean.toString(b.username != null));
        p.setProperty("mail.mime.charset", "UTF-8");
        if (b.security == Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        } else if (b.security == Security.SSL) {
            p.setProperty("mail.smtp.ssl.enable", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(p);
        this.from = b.from;
        this.username = b.username;
        this.password = b.password;
        this.shown = "EmailChannel[" + b.host + ":" + b.port + ", " + b.security + ", from " + b.from.getAddress()
                + (b.username == null ? "" : ", login " + b.username) + "]";
        this.staff = b.staff;
        this.customers = b.customers;
        this.texts = b.texts();
        this.clock = b.clock;
        this.retry = b.retry;
        this.secrets = new Secrets(b.password);
    }

    /**
     * @param host the SMTP server, for example {@code smtp.exmail.qq.com}
     * @param port its port, 1 to 65535 (465 for {@link Security#SSL}, 587 for STARTTLS)
     * @return a builder
     * @throws InvalidFieldException naming {@code host} or {@code port}
     */
    public static Builder builder(String host, int port) {
        Settings.text(host, "host");
        if (port < 1 || port > 65535) {
            throw new InvalidFieldException("port", "must be between 1 and 65535 but was " + port);
        }
        return new Builder(host.strip(), port);
    }

    /**
     * @param notification the notification, never null
     * @throws ChannelException when the server did not take it after the retries
     */
    @Override
    public void notifyStaff(StaffNotification notification) {
        send(Recipients.of(staff, notification), texts.staffTitle(notification),
                String.join("\n", texts.staffLines(notification)), notification.idempotencyKey());
    }

    /**
     * @param notification the notification, never null
     * @throws ChannelException when the server did not take it after the retries
     */
    @Override
    public void notifyCustomer(CustomerNotification notification) {
        send(Recipients.of(customers, notification), texts.customerSubject(notification),
                texts.customerBody(notification), notification.idempotencyKey());
    }

    private void send(List<String> to, String subject, String body, String key) {
        if (to.isEmpty()) {
            return;
        }
        Retrier.run(NAME, key, retry, secrets, () -> {
            try {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(from);
                InternetAddress[] addresses = new InternetAddress[to.size()];
                for (int i = 0; i < addresses.length; i++) {
                    addresses[i] = address(to.get(i), i);
                }
                m.setRecipients(Message.RecipientType.TO, addresses);
                m.setSubject(subject, "UTF-8");
                m.setText(body, "UTF-8");
                m.setSentDate(Date.from(clock.instant()));
                m.setHeader("X-Oms-Idempotency-Key", key);
                if (username == null) {
                    Transport.send(m);
                } else {
                    Transport.send(m, username, password);
                }
            } catch (AuthenticationFailedException e) {
                throw new Retrier.Failure("the server refused the login", false);
            } catch (MessagingException e) {
                throw new Retrier.Failure(e.getClass().getSimpleName() + ": " + e.getMessage(), true);
            }
        });
    }

    private static InternetAddress address(String value, int index) throws Retrier.Failure {
        try {
            return new InternetAddress(value, true);
        } catch (AddressException e) {
            throw new Retrier.Failure("recipient " + index + " is not an email address", false);
        }
    }

    @Override
    public String toString() {
        return shown;
    }

    /**
     * Configures an {@link EmailChannel}: the sender (required), the login, the security (default
     * {@link Security#STARTTLS}), the recipients of staff and of customer notifications (default
     * none: such notifications are not emailed), timeouts (connect 3 s, read and write 5 s),
     * retries, clock and language. Each setting is taken once. Mutable and single-threaded.
     */
    public static final class Builder extends TimeoutSettings<Builder> {
        private final String host;
        private final int port;
        private InternetAddress from;
        private String username;
        private String password;
        private Security security = Security.STARTTLS;
        private Function<StaffNotification, List<String>> staff;
        private Function<CustomerNotification, List<String>> customers;

        private Builder(String host, int port) {
            this.host = host;
            this.port = port;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param address the sender's address, for example {@code oms@shop.example}
         * @param name the sender's name, for example {@code 异常订单提醒}; null for none
         * @return this builder
         * @throws InvalidFieldException naming {@code from} when it is not an email address
         * @throws IllegalStateException when already set
         */
        public Builder from(String address, String name) {
            Settings.text(address, "from");
            InternetAddress a;
            try {
                a = new InternetAddress(address.strip(), true);
                if (name != null && !name.isBlank()) {
                    a.setPersonal(name.strip(), "UTF-8");
                }
            } catch (AddressException | UnsupportedEncodingException e) {
                throw new InvalidFieldException("from", "must be an email address but was '" + address + "'");
            }
            Settings.once(given, "from");
            this.from = a;
            return this;
        }

        /**
         * @param user the SMTP login
         * @param secret its password or authorization code (授权码)
         * @return this builder
         * @throws InvalidFieldException naming {@code username} or {@code password} when blank
         * @throws IllegalStateException when already set
         */
        public Builder login(String user, String secret) {
            Settings.text(user, "username");
            Settings.text(secret, "password");
            Settings.once(given, "login");
            this.username = user;
            this.password = secret;
            return this;
        }

        /**
         * @param value how the connection is protected; default {@link Security#STARTTLS}
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder security(Security value) {
            Settings.required(value, "security");
            Settings.once(given, "security");
            this.security = value;
            return this;
        }

        /**
         * @param value the addresses of a staff notification, for example by its department; an
         *     empty list or null sends nothing; thread-safe
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder staffRecipients(Function<StaffNotification, List<String>> value) {
            Settings.required(value, "staffRecipients");
            Settings.once(given, "staffRecipients");
            this.staff = value;
            return this;
        }

        /**
         * @param value the addresses of a customer notification, for example the customer's from
         *     the host's CRM; an empty list or null sends nothing; thread-safe
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder customerRecipients(Function<CustomerNotification, List<String>> value) {
            Settings.required(value, "customerRecipients");
            Settings.once(given, "customerRecipients");
            this.customers = value;
            return this;
        }

        /**
         * @return the channel
         * @throws InvalidFieldException naming {@code from} when it was not set
         */
        public EmailChannel build() {
            Settings.required(from, "from");
            return new EmailChannel(this);
        }
    }
}
