package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T09:30:00+08:00", "2026-11-22T09:30:00Z", "2026-11-22T09:30:00.5+08:00",
        "2026-11-22T09:30:00.123456789-05:30", "2024-02-29T23:59:59+14:00", "0000-01-01T00:00:00-18:00",
        "2026-11-22T09:30:00-00:00", "2026-12-31T00:00:00.000+00:00"})
    void should_read_a_time_in_the_usual_shape_as_offset_date_time_does(String text) {
        assertThat(IsoTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T09:30:00+08:00", "2026-11-22T24:00:00+08:00", "2026-11-22T09:60:00+08:00",
        "2026-11-22T09:30:60+08:00", "2026-11-22T09:30:00+18:30", "2026-11-22T09:30:00+19:00", "2026-13-01T09:30:00+08:00",
        "2026-11-22T09:30:00.+08:00", "2026-11-22T09:30:00.1234567890+08:00", "2026-11-22T09:30+08:00",
        "2026-11-22t09:30:00z", "2026-11-22T09:30:00+0800", "2026-11-22 09:30:00+08:00", "+12026-11-22T09:30:00+08:00",
        "2026-11-22T09:30:00+08:00:00", "2026-11-22T09:30:00", "2026-1a-22T09:30:00+08:00", "2026-11-22T09:30:00*08:00"})
    void should_leave_every_other_text_to_offset_date_time(String text) {
        assertThat(IsoTimes.parse(text)).isNull();
    }

    @Test
    void should_agree_with_offset_date_time_on_random_times_near_the_usual_shape() {
        Random random = new Random(7);
        String digits = "0123456789";
        String shape = "2026-11-22T09:30:00.123+08:00";
        for (int i = 0; i < 50_000; i++) {
            char[] text = shape.toCharArray();
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(text.length);
                text[at] = Character.isDigit(text[at]) ? digits.charAt(random.nextInt(10)) : "+-Z:.T0".charAt(random.nextInt(7));
            }
            String t = new String(text, 0, random.nextBoolean() ? text.length : 19 + random.nextInt(text.length - 19));
            OffsetDateTime expected;
            try {
                expected = OffsetDateTime.parse(t);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            OffsetDateTime fast = IsoTimes.parse(t);
            if (fast != null) {
                assertThat(fast).as(t).isEqualTo(expected);
            }
        }
    }
}
