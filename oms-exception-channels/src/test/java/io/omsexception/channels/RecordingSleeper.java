package io.omsexception.channels;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the waits and returns at once. Thread-safe. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration pause) {
        waits.add(pause);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** @return three attempts, 200 ms then 400 ms apart, on this sleeper */
    Retry retry() {
        return Retry.builder().sleeper(this).build();
    }
}
