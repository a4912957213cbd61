package io.omsexception.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryTest {

    @Test
    void should_double_the_backoff_up_to_its_maximum() {
        // GIVEN
        Retry retry = Retry.builder().attempts(6).backoff(Duration.ofMillis(300), Duration.ofSeconds(1)).build();

        // WHEN / THEN
        assertThat(retry.backoff(1)).isEqualTo(Duration.ofMillis(300));
        assertThat(retry.backoff(2)).isEqualTo(Duration.ofMillis(600));
        assertThat(retry.backoff(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(retry.backoff(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void should_stop_retrying_when_interrupted_while_waiting_and_keep_the_interrupt() {
        // GIVEN a sleeper that is interrupted
        Retry retry = Retry.builder().sleeper(pause -> {
            throw new InterruptedException();
        }).build();
        int[] tries = {0};

        // WHEN / THEN
        try {
            assertThatThrownBy(() -> Retrier.run("Test", "K-1", retry, new Secrets("s3cret"), () -> {
                tries[0]++;
                throw new Retrier.Failure("HTTP 500 from s3cret", true);
            })).hasMessage("Test could not deliver K-1 after 1 attempt: HTTP 500 from *** (interrupted while waiting to retry)");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(tries[0]).isEqualTo(1);
    }

    @Test
    void should_refuse_attempts_out_of_range_and_a_maximum_below_the_first_backoff() {
        assertThatThrownBy(() -> Retry.builder().attempts(0)).hasMessage("attempts: must be between 1 and 10 but was 0");
        assertThatThrownBy(() -> Retry.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("maxBackoff: must be between firstBackoff (PT2S) and PT1M but was PT1S");
        assertThatThrownBy(() -> Retry.builder().attempts(2).attempts(3)).hasMessage("attempts was already set");
    }
}
