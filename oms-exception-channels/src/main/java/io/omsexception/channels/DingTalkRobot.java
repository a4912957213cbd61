package io.omsexception.channels;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import java.net.URI;
import java.util.Map;

/**
 * Posts staff notifications to a DingTalk (钉钉) custom group robot: {@code POST
 * https://oapi.dingtalk.com/robot/send?access_token=TOKEN} with {@code {"msgtype":"text","text":
 * {"content":...}}} or {@code {"msgtype":"markdown","markdown":{"title":...,"text":...}}}; the robot
 * took it when the answer's {@code errcode} is 0.
 *
 * <p>With a {@linkplain Builder#secret(String) secret} (the robot's 加签 security setting, the
 * {@code SEC...} string) every try is signed as DingTalk documents: {@code timestamp} is the clock's
 * time in milliseconds, {@code sign} is HmacSHA256 keyed by the secret over
 * {@code timestamp + "\n" + secret}, Base64, then URL-encoded; both are added to the query
 * ({@code &timestamp=...&sign=...}). DingTalk refuses a timestamp more than an hour off.
 *
 * <p>A group robot reaches the staff of its group only: {@link #notifyCustomer} sends nothing.
 * Fails with a {@link ChannelException} after its retries. Neither the token nor the secret appears
 * in a log, {@code toString} or exception message. Immutable and thread-safe.
 */
public final class DingTalkRobot implements Notifier {
    /** The address of DingTalk's custom robots. */
    public static final URI ENDPOINT = URI.create("https://oapi.dingtalk.com/robot/send");
    static final String NAME = "DingTalk robot";

    private final URI endpoint;
    private final String accessToken;
    private final String secret;
    private final RobotFormat format;
    private final Texts texts;
    private final java.time.Clock clock;
    private final HttpSender sender;

    private DingTalkRobot(Builder b) {
        this.endpoint = b.endpoint;
        this.accessToken = b.accessToken;
        this.secret = b.secret;
        this.format = b.format;
        this.texts = b.texts();
        this.clock = b.clock;
        this.sender = new HttpSender(NAME, b, new Secrets(b.accessToken, b.secret));
    }

    /**
     * @param accessToken the robot's {@code access_token=} of the webhook address DingTalk shows
     * @return a builder
     * @throws io.omsexception.model.InvalidFieldException naming {@code accessToken} when blank or
     *     holding white space
     */
    public static Builder builder(String accessToken) {
        return new Builder(Settings.secret(accessToken, "accessToken"));
    }

    /**
     * The sign of a timestamp, as DingTalk documents it, before URL encoding.
     *
     * @param timestampMillis the time in milliseconds
     * @param secret the robot's secret
     * @return Base64 of HmacSHA256(secret, timestamp + "\n" + secret)
     */
    static String sign(long timestampMillis, String secret) {
        return Hmac.base64(Hmac.sha256(secret, timestampMillis + "\n" + secret));
    }

    /**
     * Posts the notification to the group, at most {@link Retry#attempts()} times.
     *
     * @param notification the notification, never null
     * @throws ChannelException when the robot did not take it after the retries
     */
    @Override
    public void notifyStaff(StaffNotification notification) {
        String body = format == RobotFormat.MARKDOWN
                ? new Json().text("msgtype", "markdown").raw("markdown", new Json()
                        .text("title", texts.staffTitle(notification))
                        .text("text", texts.staffMarkdown(notification)).toString()).toString()
                : new Json().text("msgtype", "text")
                        .raw("text", new Json().text("content", texts.staffText(notification)).toString()).toString();
        sender.post(notification.idempotencyKey(), () -> new HttpSender.Request(uri(), body, Map.of()),
                HttpSender.zero("errcode", "errmsg"));
    }

    private URI uri() {
        StringBuilder u = new StringBuilder(endpoint.toString()).append("?access_token=")
                .append(Endpoints.encode(accessToken));
        if (secret != null) {
            long timestamp = clock.millis();
            u.append("&timestamp=").append(timestamp).append("&sign=").append(Endpoints.encode(sign(timestamp, secret)));
        }
        return URI.create(u.toString());
    }

    /**
     * Sends nothing: a group robot does not reach customers.
     *
     * @param notification ignored
     */
    @Override
    public void notifyCustomer(CustomerNotification notification) {
        // a staff group is no way to reach a customer
    }

    @Override
    public String toString() {
        return "DingTalkRobot[" + Endpoints.shown(endpoint) + ", " + format + (secret == null ? "" : ", signed") + "]";
    }

    /**
     * Configures a {@link DingTalkRobot}: the secret (default none: unsigned), the format (default
     * {@link RobotFormat#TEXT}), the endpoint (default {@link #ENDPOINT}), timeouts, retries, clock
     * and language. Each setting is taken once. Mutable and single-threaded.
     */
    public static final class Builder extends TimeoutSettings<Builder> {
        private final String accessToken;
        private String secret;
        private URI endpoint = ENDPOINT;
        private RobotFormat format = RobotFormat.TEXT;

        private Builder(String accessToken) {
            this.accessToken = accessToken;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the robot's signing secret (加签, {@code SEC...}); every request is then signed
         * @return this builder
         * @throws io.omsexception.model.InvalidFieldException naming {@code secret} when blank
         * @throws IllegalStateException when already set
         */
        public Builder secret(String value) {
            Settings.secret(value, "secret");
            Settings.once(given, "secret");
            this.secret = value;
            return this;
        }

        /**
         * @param value {@link RobotFormat#TEXT} (the default) or {@link RobotFormat#MARKDOWN}
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder format(RobotFormat value) {
            Settings.required(value, "format");
            Settings.once(given, "format");
            this.format = value;
            return this;
        }

        /**
         * @param value the address without the query, default {@link #ENDPOINT}
         * @return this builder
         * @throws io.omsexception.model.InvalidFieldException naming {@code endpoint} when it is not
         *     an http(s) address without a query
         * @throws IllegalStateException when already set
         */
        public Builder endpoint(URI value) {
            Endpoints.base(value, "endpoint");
            Settings.once(given, "endpoint");
            this.endpoint = value;
            return this;
        }

        /** @return the robot */
        public DingTalkRobot build() {
            return new DingTalkRobot(this);
        }
    }
}
