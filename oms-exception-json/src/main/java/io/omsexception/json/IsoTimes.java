package io.omsexception.json;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A fast path for the times of the contract in their usual shape, {@code 2026-11-22T09:30:00+08:00}
 * ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or
 * {@code ±HH:MM}): {@link OffsetDateTime#parse(CharSequence)} spends most of its time on its
 * general machinery, and reading a request spent as much on it as on everything else together.
 * Anything else, or anything out of range, is left to {@code OffsetDateTime.parse}, which gives
 * the same value for what this accepts and words the errors. Stateless and thread-safe.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    /**
     * @param text a time as the request gives it, never null
     * @return the time, or null when the text is not in the usual shape or not a valid time, for
     *     {@code OffsetDateTime.parse} to judge
     */
    static OffsetDateTime parse(String text) {
        int n = text.length();
        if (n < 20 || n > 35 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                nanos = nanos * 10 + (text.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count < 1 || count > 9) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, i);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (DateTimeException invalid) {
            return null; // 2026-02-30 and the like: the general parser words it
        }
    }

    /** @return {@code Z} or {@code ±HH:MM} ending the text at {@code i}, or null */
    private static ZoneOffset offset(String text, int i) {
        int left = text.length() - i;
        if (left == 1 && text.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (left != 6 || text.charAt(i + 3) != ':') {
            return null;
        }
        char sign = text.charAt(i);
        int hours = digits(text, i + 1, 2);
        int minutes = digits(text, i + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** @return the number written by {@code count} ASCII digits at {@code at}, or -1 */
    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
