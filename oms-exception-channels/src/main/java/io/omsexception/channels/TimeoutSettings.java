package io.omsexception.channels;

import java.time.Duration;

/**
 * The settings of a channel that talks to a server itself: how long it waits for the connection
 * (default 3 s) and for the answer (default 5 s) of each try.
 *
 * @param <B> the builder
 */
abstract class TimeoutSettings<B extends TimeoutSettings<B>> extends ChannelSettings<B> {
    Duration connectTimeout = Duration.ofSeconds(3);
    Duration requestTimeout = Duration.ofSeconds(5);

    /**
     * @param value how long one try waits to connect, positive, at most 1 minute; default 3 s
     * @return this builder
     * @throws io.omsexception.model.InvalidFieldException naming {@code connectTimeout}
     * @throws IllegalStateException when already set
     */
    public B connectTimeout(Duration value) {
        this.connectTimeout = bounded(value, "connectTimeout");
        return self();
    }

    /**
     * @param value how long one try waits for the server's answer once connected, positive, at most
     *     1 minute; default 5 s
     * @return this builder
     * @throws io.omsexception.model.InvalidFieldException naming {@code requestTimeout}
     * @throws IllegalStateException when already set
     */
    public B requestTimeout(Duration value) {
        this.requestTimeout = bounded(value, "requestTimeout");
        return self();
    }

    private Duration bounded(Duration value, String name) {
        Settings.positive(value, name);
        if (value.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new io.omsexception.model.InvalidFieldException(name, "must be at most PT1M but was " + value);
        }
        Settings.once(given, name);
        return value;
    }
}
