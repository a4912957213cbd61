package io.omsexception.channels;

/**
 * A channel could not deliver a message, after its retries. Thrown from
 * {@link io.omsexception.handling.Notifier#notifyStaff notifyStaff} or
 * {@link io.omsexception.handling.Notifier#notifyCustomer notifyCustomer}: the handling outbox logs
 * it and keeps the notification pending with one more attempt, for its next delivery.
 *
 * <p>The message names the channel, the notification's idempotency key, the attempts and the last
 * problem, for example {@code WeCom robot could not deliver SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1
 * after 3 attempts: HTTP 500}; it never holds a key, token, secret or password of the channel.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChannelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @serial the channel's name */
    private final String channel;
    /** @serial the notification's key */
    private final String idempotencyKey;
    /** @serial tries made */
    private final int attempts;

    /**
     * @param channel the channel's name, for example {@code WeCom robot}
     * @param idempotencyKey the notification's idempotency key
     * @param attempts how many tries were made, at least 1
     * @param problem the last problem, free of secrets
     */
    public ChannelException(String channel, String idempotencyKey, int attempts, String problem) {
        super(channel + " could not deliver " + idempotencyKey + " after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + problem);
        this.channel = channel;
        this.idempotencyKey = idempotencyKey;
        this.attempts = attempts;
    }

    /** @return the channel's name, for example {@code WeCom robot} */
    public String channel() {
        return channel;
    }

    /** @return the idempotency key of the notification that was not delivered */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** @return how many tries were made */
    public int attempts() {
        return attempts;
    }
}
