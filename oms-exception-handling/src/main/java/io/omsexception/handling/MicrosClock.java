package io.omsexception.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The host's clock read to the microsecond, the precision of database timestamps, so that a
 * stored case reads back equal. Thread-safe when the host's clock is.
 */
final class MicrosClock extends Clock {
    private final Clock clock;

    MicrosClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosClock(clock.withZone(zone));
    }

    @Override
    public Instant instant() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
