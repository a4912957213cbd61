package io.omsexception.handling;

import io.omsexception.Department;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** The notification window: lets one notification per case, kind and department through per window. */
final class RepeatGuard {
    private static final int PURGE_ABOVE = 10_000;

    record Key(CaseId caseId, NotificationKind kind, Department department) {
    }

    private final Duration window;
    private final ConcurrentHashMap<Key, Instant> lastSent = new ConcurrentHashMap<>();

    RepeatGuard(Duration window) {
        this.window = window;
    }

    boolean allow(Key key, Instant now) {
        if (window.isZero()) {
            return true;
        }
        boolean[] allowed = {false};
        lastSent.compute(key, (k, last) -> {
            if (last == null || !now.isBefore(last.plus(window))) {
                allowed[0] = true;
                return now;
            }
            return last;
        });
        if (lastSent.size() > PURGE_ABOVE) {
            purge(now);
        }
        return allowed[0];
    }

    void purge(Instant now) {
        lastSent.values().removeIf(last -> !now.isBefore(last.plus(window)));
    }
}
