package io.omsexception.channels;

/**
 * The host's call of its SMS provider (Aliyun 短信服务 {@code SendSms}, Tencent Cloud
 * {@code SendSms}, or another): {@link SmsChannel} composes the message, the gateway sends it.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SmsGateway {

    /**
     * Sends one message, or throws.
     *
     * @param message the message, never null
     * @throws RuntimeException when the provider did not accept it (an error code, a timeout): the
     *     channel retries, then reports it; its message is reported as it is, so it must not hold
     *     the provider's access key
     */
    void send(SmsMessage message);
}
