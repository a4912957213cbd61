package io.omsexception.channels;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * The settings every channel's builder has: its retries, its clock (signature timestamps and the
 * zone of the times in its texts) and the language of its texts. Each is taken once.
 *
 * @param <B> the builder
 */
abstract class ChannelSettings<B extends ChannelSettings<B>> {
    final Set<String> given = new HashSet<>();
    Retry retry = Retry.standard();
    Clock clock = Clock.systemDefaultZone();
    String language = "zh";

    abstract B self();

    /**
     * @param value how often a message is tried and how long the channel waits in between;
     *     default {@link Retry#standard()}
     * @return this builder
     * @throws IllegalStateException when already set
     */
    public B retry(Retry value) {
        Settings.required(value, "retry");
        Settings.once(given, "retry");
        this.retry = value;
        return self();
    }

    /**
     * @param value the clock of signature timestamps; its zone is the one of the times in the
     *     texts ({@code 2026-11-22 11:00 +08:00}); default the system clock in the default zone
     * @return this builder
     * @throws IllegalStateException when already set
     */
    public B clock(Clock value) {
        Settings.required(value, "clock");
        Settings.once(given, "clock");
        this.clock = value;
        return self();
    }

    /**
     * @param value the language of the texts sent, {@code zh} (the default) or {@code en}; another
     *     language of the notifications' texts sends their message in it, with English titles
     * @return this builder
     * @throws io.omsexception.model.InvalidFieldException naming {@code language} when it is not a
     *     language code
     * @throws IllegalStateException when already set
     */
    public B language(String value) {
        String l = Settings.language(value);
        Settings.once(given, "language");
        this.language = l;
        return self();
    }

    Texts texts() {
        return new Texts(language, clock.getZone());
    }
}
