package io.omsexception.channels;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one message's tries under a {@link Retry}, then reports the last problem as a {@link ChannelException}. */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private Retrier() {
    }

    /** One try of a message. */
    @FunctionalInterface
    interface Attempt {
        void run() throws Failure;
    }

    /** A try that failed; a failure that no retry can heal (a refused address, a 404) is not retried. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean retryable;

        Failure(String problem, boolean retryable) {
            super(problem, null, false, false);
            this.retryable = retryable;
        }
    }

    static void run(String channel, String key, Retry retry, Secrets secrets, Attempt attempt) {
        String problem = null;
        int tries = 0;
        for (int i = 1; i <= retry.attempts(); i++) {
            tries = i;
            try {
                attempt.run();
                return;
            } catch (Failure f) {
                problem = secrets.redact(f.getMessage());
                LOG.debug("{}: try {} of {} failed: {}", channel, i, key, problem);
                if (!f.retryable) {
                    break;
                }
            }
            if (i < retry.attempts()) {
                try {
                    retry.sleeper().sleep(retry.backoff(i));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problem = problem + " (interrupted while waiting to retry)";
                    break;
                }
            }
        }
        throw new ChannelException(channel, key, tries, problem);
    }
}
