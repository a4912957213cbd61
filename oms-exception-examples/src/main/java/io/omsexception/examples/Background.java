package io.omsexception.examples;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One piece of a command's work run on a daemon thread of its own while the command's thread does
 * something else (the evaluate command reads its request's header while the engine is built, so
 * that a short run's start-up uses both cores). {@link #join()} hands back the value, or throws on
 * the joining thread what the work threw, unchanged. One value, one joiner; thread-safe.
 *
 * @param <T> the value's type
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /**
     * @param threadName the thread's name, for thread dumps
     * @param work the work; it must not need what the starting thread does meanwhile
     * @param <T> the value's type
     * @return the started work
     */
    static <T> Background<T> start(String threadName, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /**
     * Waits for the work.
     *
     * @return its value
     * @throws RuntimeException or {@link Error}: what the work threw
     */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
