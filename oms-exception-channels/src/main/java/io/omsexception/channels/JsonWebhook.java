package io.omsexception.channels;

import io.omsexception.handling.Channel;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import io.omsexception.model.InvalidFieldException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts every notification, for staff and for customers, as one JSON object to a host's address;
 * any 2xx answer means it was taken. The body (see docs/channels.md) is
 * {@code {"audience":"STAFF","kind":"CASE_OPENED","idempotencyKey":...,"at":...,"orderId":...,
 * "caseId":...,"department":...,"priority":...,"assignee":...,"dueAt":...,"channels":[...],
 * "message":{"zh":...,"en":...}}} for staff and {@code {"audience":"CUSTOMER","kind":...,
 * "idempotencyKey":...,"at":...,"orderId":...,"customerId":...,"caseId":...,"channels":[...],
 * "message":{...}}} for customers; a field the notification does not have (an assignee, a
 * customer id) is left out. Times are ISO-8601 in the clock's zone with its offset
 * ({@code 2026-11-22T10:45:00+08:00}).
 *
 * <p>Every request carries {@code X-Oms-Idempotency-Key}. With a {@linkplain Builder#secret secret}
 * it also carries {@code X-Oms-Timestamp} (the clock's time in seconds) and {@code X-Oms-Signature:
 * sha256=HEX}, the lower-case hex HmacSHA256 keyed by the secret over {@code timestamp + "." +
 * body}: the receiver recomputes it and refuses a mismatch or an old timestamp.
 *
 * <p>Fails with a {@link ChannelException} after its retries. Neither the secret nor the extra
 * headers' values appear in a log, {@code toString} or exception message. Immutable and
 * thread-safe.
 */
public final class JsonWebhook implements Notifier {
    static final String NAME = "JSON webhook";
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH:MM", "+00:00").toFormatter();
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "host", "connection",
            "expect", "upgrade", "x-oms-idempotency-key", "x-oms-timestamp", "x-oms-signature");

    private final URI uri;
    private final String secret;
    private final Map<String, String> headers;
    private final java.time.Clock clock;
    private final HttpSender sender;

    private JsonWebhook(Builder b) {
        this.uri = b.uri;
        this.secret = b.secret;
        this.headers = Map.copyOf(b.headers);
        this.clock = b.clock;
        String[] secrets = b.headers.values().toArray(new String[b.headers.size() + 1]);
        secrets[secrets.length - 1] = b.secret;
        this.sender = new HttpSender(NAME, b, new Secrets(secrets));
    }

    /**
     * @param uri where to post, an http or https address (it may have a query)
     * @return a builder
     * @throws InvalidFieldException naming {@code uri} when it is not an http(s) address
     */
    public static Builder builder(URI uri) {
        Settings.required(uri, "uri");
        String scheme = uri.getScheme();
        if (scheme == null || !scheme.matches("(?i)https?") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new InvalidFieldException("uri", "must be an http or https address with a host and no user info");
        }
        return new Builder(uri);
    }

    /**
     * @param timestampSeconds the {@code X-Oms-Timestamp}
     * @param body the exact body
     * @param secret the shared secret
     * @return the {@code X-Oms-Signature} value: {@code sha256=} and lower-case hex
     */
    static String signature(long timestampSeconds, String body, String secret) {
        return "sha256=" + Hmac.hex(Hmac.sha256(secret, timestampSeconds + "." + body));
    }

    /**
     * @param n the notification, never null
     * @throws ChannelException when the address did not take it after the retries
     */
    @Override
    public void notifyStaff(StaffNotification n) {
        String body = new Json().text("audience", "STAFF").text("kind", n.kind().name())
                .text("idempotencyKey", n.idempotencyKey()).text("at", time(n.at()))
                .text("orderId", n.caseId().orderId()).text("caseId", n.caseId().toString())
                .text("department", n.department().name()).text("priority", n.priority().name())
                .text("assignee", n.assignee()).text("dueAt", time(n.dueAt()))
                .raw("channels", channels(n.channels())).raw("message", message(n.message().asMap())).toString();
        post(n.idempotencyKey(), body);
    }

    /**
     * @param n the notification, never null
     * @throws ChannelException when the address did not take it after the retries
     */
    @Override
    public void notifyCustomer(CustomerNotification n) {
        String body = new Json().text("audience", "CUSTOMER").text("kind", n.kind().name())
                .text("idempotencyKey", n.idempotencyKey()).text("at", time(n.at()))
                .text("orderId", n.orderId()).text("customerId", n.customerId()).text("caseId", n.caseId().toString())
                .raw("channels", channels(n.channels())).raw("message", message(n.message().asMap())).toString();
        post(n.idempotencyKey(), body);
    }

    private void post(String key, String body) {
        sender.post(key, () -> {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("X-Oms-Idempotency-Key", key);
            if (secret != null) {
                long timestamp = clock.instant().getEpochSecond();
                h.put("X-Oms-Timestamp", Long.toString(timestamp));
                h.put("X-Oms-Signature", signature(timestamp, body, secret));
            }
            return new HttpSender.Request(uri, body, h);
        }, answer -> null);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(clock.getZone()));
    }

    private static String channels(Set<Channel> channels) {
        return channels.stream().sorted().map(c -> Json.quote(c.name())).collect(Collectors.joining(",", "[", "]"));
    }

    private static String message(Map<String, String> texts) {
        Json j = new Json();
        texts.forEach(j::text);
        return j.toString();
    }

    @Override
    public String toString() {
        return "JsonWebhook[" + Endpoints.shown(uri) + (secret == null ? "" : ", signed")
                + (headers.isEmpty() ? "" : ", headers " + new java.util.TreeSet<>(headers.keySet())) + "]";
    }

    /**
     * Configures a {@link JsonWebhook}: the secret (default none: unsigned), extra headers such as
     * {@code Authorization}, timeouts, retries and clock. Each setting is taken once. Mutable and
     * single-threaded.
     */
    public static final class Builder extends TimeoutSettings<Builder> {
        private final URI uri;
        private String secret;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(URI uri) {
            this.uri = uri;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the secret shared with the receiver; every request is then signed
         * @return this builder
         * @throws InvalidFieldException naming {@code secret} when blank or holding white space
         * @throws IllegalStateException when already set
         */
        public Builder secret(String value) {
            Settings.secret(value, "secret");
            Settings.once(given, "secret");
            this.secret = value;
            return this;
        }

        /**
         * @param name a header name, for example {@code Authorization}; not one the webhook sets
         *     itself ({@code Content-Type}, {@code X-Oms-...}, {@code Host}, ...)
         * @param value its value, kept out of logs and messages like a secret
         * @return this builder
         * @throws InvalidFieldException naming {@code header(name)} when the name or value is invalid
         * @throws IllegalStateException when this header was already set
         */
        public Builder header(String name, String value) {
            Settings.text(name, "header");
            String field = "header(" + name + ")";
            if (!TOKEN.matcher(name).matches() || RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidFieldException(field, "must be a header name the webhook does not set itself");
            }
            Settings.text(value, field);
            if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new InvalidFieldException(field, "must be one line");
            }
            Settings.once(given, "header(" + name.toLowerCase(java.util.Locale.ROOT) + ")");
            headers.put(name, value);
            return this;
        }

        /** @return the webhook */
        public JsonWebhook build() {
            return new JsonWebhook(this);
        }
    }
}
