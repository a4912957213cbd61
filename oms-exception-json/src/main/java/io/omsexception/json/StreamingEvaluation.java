package io.omsexception.json;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.facts.StockAllocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Evaluates a request file of any size without holding it: a first pass reads the request-level
 * part ({@code asOf}, {@code inventory}, {@code blacklist} may come after {@code orders}), a second
 * pass reads the orders in chunks, evaluates each chunk and hands the results on at once (to a
 * {@link ResultWriter}, a statistics collector...). Memory holds one chunk, the reference data
 * and the errors.
 *
 * <p>A public building block for hosts that evaluate request files too large for memory; the
 * command line's {@code evaluate} runs on it. A null argument (but {@code progress}) is refused
 * with an {@link IllegalArgumentException} naming it. Stateless and thread-safe: each call has its
 * own worker thread and buffers.
 */
public final class StreamingEvaluation {
    /** Orders per chunk handed to the engine (which runs them in sessions of its batch size). */
    public static final int CHUNK = 1_000;
    /** Parsed chunks waiting for the evaluator. */
    static final int QUEUED = 4;
    private static final List<ParsedOrder> END = List.of();

    /**
     * What a run did.
     *
     * @param orders the orders read
     * @param results the orders evaluated
     * @param withExceptions the evaluated orders with at least one finding
     * @param errors the orders rejected as invalid or whose evaluation failed
     * @param asOf the reference time used for every order
     * @param nanos how long the run took
     */
    public record Summary(long orders, long results, long withExceptions, long errors, OffsetDateTime asOf, long nanos) {
        /**
         * @param start a {@link System#nanoTime()} reading
         * @return this summary with its time counted from {@code start}
         */
        public Summary since(long start) {
            return new Summary(orders, results, withExceptions, errors, asOf, System.nanoTime() - start);
        }

        /** @return one line for a person: counts, time and throughput */
        public String line() {
            double seconds = nanos / 1e9;
            return String.format(Locale.ROOT, "%,d orders evaluated in %.1f s (%,.0f orders/s): %,d with exceptions, %,d rejected as invalid",
                    orders, seconds, seconds == 0 ? 0 : orders / seconds, withExceptions, errors);
        }
    }

    /**
     * Receives every result and error as soon as its chunk is evaluated, in request order, on the
     * run's worker thread (one call at a time).
     */
    public interface Sink {
        /** @param evaluation an order's result, never null */
        void result(OrderEvaluation evaluation);

        /** @param error an order rejected or whose evaluation failed, never null */
        void error(OrderError error);
    }

    private StreamingEvaluation() {
    }

    /**
     * @param request the request file
     * @param engine the engine
     * @param sink receives results and errors
     * @param progress where progress lines go (standard error), or null for none
     * @param progressEvery how many orders between progress lines
     * @return the counts
     * @throws io.omsexception.json.InvalidRequestException when the request as a whole is unusable
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Summary run(Path request, OrderExceptionEngine engine, Sink sink, PrintStream progress, long progressEvery) {
        Arguments.required(engine, "engine");
        Arguments.required(sink, "sink");
        return run(request, header(request), engine, sink, progress, progressEvery);
    }

    /**
     * The first pass: reads the request-level part and counts the orders, checking on the way that
     * the whole file is valid JSON within the {@link JsonLimits#DEFAULTS default limits}, so that
     * the second pass cannot fail as a whole.
     *
     * @param request the request file
     * @return its header
     * @throws io.omsexception.json.InvalidRequestException when the request as a whole is unusable
     * @throws UncheckedIOException when the file cannot be read
     */
    public static OrderJson.RequestHeader header(Path request) {
        Arguments.required(request, "request");
        try (InputStream in = open(request)) {
            return OrderJson.scan(in, false, o -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The second pass, once {@link #header(Path)} has read the header.
     *
     * @param request the request file
     * @param header its header
     * @param engine the engine
     * @param sink receives results and errors
     * @param progress where progress lines go (standard error), or null for none
     * @param progressEvery how many orders between progress lines
     * @return the counts; the time counts from this call
     */
    public static Summary run(Path request, OrderJson.RequestHeader header, OrderExceptionEngine engine, Sink sink,
            PrintStream progress, long progressEvery) {
        Arguments.required(request, "request");
        Arguments.required(header, "header");
        Arguments.required(engine, "engine");
        Arguments.required(sink, "sink");
        if (progress != null && progressEvery < 1) {
            throw new IllegalArgumentException("progressEvery must be at least 1 but was " + progressEvery);
        }
        long start = System.nanoTime();
        // One reference time for every chunk: without asOf, "now" is read once, not per chunk.
        OffsetDateTime asOf = header.asOf() != null ? header.asOf() : OffsetDateTime.now(engine.clock());
        long[] counts = new long[4]; // orders, results, withExceptions, errors
        // one allocation for the whole request: chunks are evaluated in request order, one at a
        // time, and it holds one figure per SKU of the snapshot, so memory stays flat
        StockAllocation allocation = new StockAllocation();
        Consumer<List<ParsedOrder>> evaluate = entries -> {
            BatchResult batch = OrderJson.evaluate(engine, new ParsedRequest(asOf, header.referenceData(), entries),
                    allocation);
            for (OrderEvaluation e : batch.results()) {
                counts[1]++;
                if (!e.isClean()) {
                    counts[2]++;
                }
                sink.result(e);
            }
            for (OrderError e : batch.errors()) {
                counts[3]++;
                sink.error(e);
            }
            long before = counts[0];
            counts[0] += entries.size();
            if (progress != null && before / progressEvery != counts[0] / progressEvery) {
                double s = (System.nanoTime() - start) / 1e9;
                progress.printf(Locale.ROOT, "  %,d of %,d orders (%.0f%%), %,d with exceptions, %,d rejected, %.1f s%n",
                        counts[0], header.orderCount(), 100.0 * counts[0] / Math.max(1, header.orderCount()), counts[2],
                        counts[3], s);
            }
        };
        // Pipelined: this thread parses chunks, a worker evaluates them and hands results on in order.
        // At most QUEUED + 2 chunks are in memory at any time.
        BlockingQueue<List<ParsedOrder>> queue = new ArrayBlockingQueue<>(QUEUED);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                for (List<ParsedOrder> c = queue.take(); c != END; c = queue.take()) {
                    evaluate.accept(c);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                queue.clear();
            }
        }, "oms-exception-evaluator");
        worker.setDaemon(true);
        worker.start();
        List<ParsedOrder>[] chunk = chunkHolder();
        try (InputStream in = open(request)) {
            OrderJson.scan(in, true, entry -> {
                chunk[0].add(entry);
                if (chunk[0].size() == CHUNK) {
                    hand(queue, chunk[0], failure);
                    chunk[0] = new ArrayList<>(CHUNK);
                }
            });
            if (!chunk[0].isEmpty()) {
                hand(queue, chunk[0], failure);
            }
        } catch (IOException e) {
            failure.compareAndSet(null, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            if (failure.get() != null) {
                queue.clear();
            }
            finish(queue, worker);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], asOf, System.nanoTime() - start);
    }

    @SuppressWarnings("unchecked")
    private static List<ParsedOrder>[] chunkHolder() {
        return new List[] {new ArrayList<ParsedOrder>(CHUNK)};
    }

    private static void hand(BlockingQueue<List<ParsedOrder>> queue, List<ParsedOrder> chunk, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new CancellationException("the evaluator failed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Tells the worker that no chunk follows the queued ones, and waits until it has evaluated them. */
    private static void finish(BlockingQueue<List<ParsedOrder>> queue, Thread worker) {
        try {
            while (worker.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the worker is still busy with the queued chunks
            }
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }
}
