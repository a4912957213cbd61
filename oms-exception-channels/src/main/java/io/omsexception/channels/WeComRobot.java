package io.omsexception.channels;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import java.net.URI;
import java.util.Map;

/**
 * Posts staff notifications to a WeCom (企业微信) group robot: {@code POST
 * https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY} with {@code {"msgtype":"text","text":
 * {"content":...}}} or {@code {"msgtype":"markdown","markdown":{"content":...}}}; the robot took it
 * when the answer's {@code errcode} is 0. A longer text than WeCom takes (2048 bytes of UTF-8,
 * markdown 4096) is cut, ending in {@code …}. A group robot reaches the staff of its group only:
 * {@link #notifyCustomer} sends nothing (route customer notifications to email or SMS with
 * {@link ChannelNotifier}).
 *
 * <p>Fails with a {@link ChannelException} after its retries. The key appears in no log, no
 * {@code toString} and no exception message. Immutable and thread-safe.
 */
public final class WeComRobot implements Notifier {
    /** The address of WeCom's group robots. */
    public static final URI ENDPOINT = URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send");
    static final String NAME = "WeCom robot";
    /** WeCom's limits: text content at most 2048 bytes of UTF-8, markdown at most 4096. */
    static final int TEXT_BYTES = 2048;
    static final int MARKDOWN_BYTES = 4096;

    private final URI endpoint;
    private final String key;
    private final RobotFormat format;
    private final Texts texts;
    private final HttpSender sender;

    private WeComRobot(Builder b) {
        this.endpoint = b.endpoint;
        this.key = b.key;
        this.format = b.format;
        this.texts = b.texts();
        this.sender = new HttpSender(NAME, b, new Secrets(b.key));
    }

    /**
     * @param key the robot's key, the {@code key=} of the webhook address WeCom shows, not blank
     * @return a builder
     * @throws io.omsexception.model.InvalidFieldException naming {@code key} when blank or holding
     *     white space
     */
    public static Builder builder(String key) {
        return new Builder(Settings.secret(key, "key"));
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
                ? new Json().text("msgtype", "markdown")
                        .raw("markdown", new Json().text("content", Texts.limit(texts.staffMarkdown(notification),
                                MARKDOWN_BYTES)).toString()).toString()
                : new Json().text("msgtype", "text")
                        .raw("text", new Json().text("content", Texts.limit(texts.staffText(notification), TEXT_BYTES))
                        .toString()).toString();
        URI uri = URI.create(endpoint + "?key=" + Endpoints.encode(key));
        sender.post(notification.idempotencyKey(), () -> new HttpSender.Request(uri, body, Map.of()),
                HttpSender.zero("errcode", "errmsg"));
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
        return "WeComRobot[" + Endpoints.shown(endpoint) + ", " + format + "]";
    }

    /**
     * Configures a {@link WeComRobot}: the format (default {@link RobotFormat#TEXT}), the endpoint
     * (default {@link #ENDPOINT}), timeouts, retries, clock and language. Each setting is taken
     * once. Mutable and single-threaded.
     */
    public static final class Builder extends TimeoutSettings<Builder> {
        private final String key;
        private URI endpoint = ENDPOINT;
        private RobotFormat format = RobotFormat.TEXT;

        private Builder(String key) {
            this.key = key;
        }

        @Override
        Builder self() {
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
         * @param value the address without the key, default {@link #ENDPOINT}; a proxy or a test
         *     server
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
        public WeComRobot build() {
            return new WeComRobot(this);
        }
    }
}
