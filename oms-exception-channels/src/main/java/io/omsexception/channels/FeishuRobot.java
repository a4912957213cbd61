package io.omsexception.channels;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import java.net.URI;
import java.util.Map;

/**
 * Posts staff notifications as text to a Feishu (飞书) or Lark custom bot: {@code POST
 * https://open.feishu.cn/open-apis/bot/v2/hook/HOOK} (Lark: {@link #LARK_ENDPOINT}) with
 * {@code {"msg_type":"text","content":{"text":...}}}; the bot took it when the answer's {@code code}
 * (in older answers {@code StatusCode}) is 0.
 *
 * <p>With a {@linkplain Builder#secret(String) secret} (the bot's 签名校验 setting) every try is
 * signed as Feishu documents: {@code timestamp} is the clock's time in seconds, {@code sign} is
 * HmacSHA256 keyed by {@code timestamp + "\n" + secret} over empty data, Base64; both go first in
 * the body: {@code {"timestamp":"1764583200","sign":"...","msg_type":"text",...}}. Feishu refuses a
 * timestamp more than an hour off.
 *
 * <p>A group bot reaches the staff of its group only: {@link #notifyCustomer} sends nothing. Fails
 * with a {@link ChannelException} after its retries. Neither the hook nor the secret appears in a
 * log, {@code toString} or exception message. Immutable and thread-safe.
 */
public final class FeishuRobot implements Notifier {
    /** The address of Feishu's custom bots, without the hook. */
    public static final URI ENDPOINT = URI.create("https://open.feishu.cn/open-apis/bot/v2/hook");
    /** The address of Lark's custom bots, without the hook. */
    public static final URI LARK_ENDPOINT = URI.create("https://open.larksuite.com/open-apis/bot/v2/hook");
    static final String NAME = "Feishu robot";

    private final URI endpoint;
    private final String hook;
    private final String secret;
    private final Texts texts;
    private final java.time.Clock clock;
    private final HttpSender sender;

    private FeishuRobot(Builder b) {
        this.endpoint = b.endpoint;
        this.hook = b.hook;
        this.secret = b.secret;
        this.texts = b.texts();
        this.clock = b.clock;
        this.sender = new HttpSender(NAME, b, new Secrets(b.hook, b.secret));
    }

    /**
     * @param hook the last part of the webhook address Feishu shows ({@code .../hook/HOOK})
     * @return a builder
     * @throws io.omsexception.model.InvalidFieldException naming {@code hook} when blank, holding
     *     white space or a {@code /}
     */
    public static Builder builder(String hook) {
        Settings.secret(hook, "hook");
        if (hook.contains("/") || hook.contains("?")) {
            throw new io.omsexception.model.InvalidFieldException("hook", "must be the last part of the address only");
        }
        return new Builder(hook);
    }

    /**
     * The sign of a timestamp, as Feishu documents it.
     *
     * @param timestampSeconds the time in seconds
     * @param secret the bot's secret
     * @return Base64 of HmacSHA256 keyed by timestamp + "\n" + secret over empty data
     */
    static String sign(long timestampSeconds, String secret) {
        return Hmac.base64(Hmac.sha256(timestampSeconds + "\n" + secret, ""));
    }

    /**
     * Posts the notification to the group, at most {@link Retry#attempts()} times.
     *
     * @param notification the notification, never null
     * @throws ChannelException when the bot did not take it after the retries
     */
    @Override
    public void notifyStaff(StaffNotification notification) {
        String content = new Json().text("text", texts.staffText(notification)).toString();
        URI uri = URI.create(endpoint + "/" + Endpoints.encode(hook));
        sender.post(notification.idempotencyKey(), () -> {
            Json body = new Json();
            if (secret != null) {
                long timestamp = clock.instant().getEpochSecond();
                body.text("timestamp", Long.toString(timestamp)).text("sign", sign(timestamp, secret));
            }
            body.text("msg_type", "text").raw("content", content);
            return new HttpSender.Request(uri, body.toString(), Map.of());
        }, FeishuRobot::problem);
    }

    private static String problem(String answer) {
        String field = Json.number(answer, "code") != null ? "code" : "StatusCode";
        return HttpSender.zero(field, field.equals("code") ? "msg" : "StatusMessage").problem(answer);
    }

    /**
     * Sends nothing: a group bot does not reach customers.
     *
     * @param notification ignored
     */
    @Override
    public void notifyCustomer(CustomerNotification notification) {
        // a staff group is no way to reach a customer
    }

    @Override
    public String toString() {
        return "FeishuRobot[" + Endpoints.shown(endpoint) + (secret == null ? "" : ", signed") + "]";
    }

    /**
     * Configures a {@link FeishuRobot}: the secret (default none: unsigned), the endpoint (default
     * {@link #ENDPOINT}, or {@link #LARK_ENDPOINT}), timeouts, retries, clock and language. Each
     * setting is taken once. Mutable and single-threaded.
     */
    public static final class Builder extends TimeoutSettings<Builder> {
        private final String hook;
        private String secret;
        private URI endpoint = ENDPOINT;

        private Builder(String hook) {
            this.hook = hook;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the bot's signing secret (签名校验); every request is then signed
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
         * @param value the address without the hook, default {@link #ENDPOINT}
         * @return this builder
         * @throws io.omsexception.model.InvalidFieldException naming {@code endpoint} when it is not
         *     an http(s) address without a query
         * @throws IllegalStateException when already set
         */
        public Builder endpoint(URI value) {
            Endpoints.base(value, "endpoint");
            Settings.once(given, "endpoint");
            String s = value.toString();
            this.endpoint = s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : value;
            return this;
        }

        /** @return the bot */
        public FeishuRobot build() {
            return new FeishuRobot(this);
        }
    }
}
