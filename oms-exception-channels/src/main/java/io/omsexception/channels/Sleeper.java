package io.omsexception.channels;

import java.time.Duration;

/**
 * Waits between two attempts of a channel. The default, {@link #REAL}, sleeps the calling thread;
 * tests give one that records the waits and returns at once.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps the calling thread with {@link Thread#sleep(long)}. */
    Sleeper REAL = pause -> Thread.sleep(pause.toMillis());

    /**
     * @param pause how long to wait, positive, never null
     * @throws InterruptedException when the thread was interrupted while waiting; the channel then
     *     stops retrying and reports the failure
     */
    void sleep(Duration pause) throws InterruptedException;
}
