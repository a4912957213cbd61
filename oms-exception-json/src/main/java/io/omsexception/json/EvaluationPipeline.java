package io.omsexception.json;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.facts.StockAllocation;
import io.omsexception.model.ReferenceData;
import java.io.PrintStream;
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
 * The evaluating half of {@link StreamingEvaluation}: the reading thread hands order entries to
 * {@link #accept}, which gathers them in chunks of {@link StreamingEvaluation#CHUNK}; a worker
 * thread evaluates the chunks in request order and hands the results to the sink. At most
 * {@link StreamingEvaluation#QUEUED} + 2 chunks are in memory at any time.
 *
 * <p>Not thread-safe: one reading thread feeds one pipeline, which is used once.
 */
final class EvaluationPipeline implements Consumer<ParsedOrder> {
    private static final List<ParsedOrder> END = List.of();

    private final BlockingQueue<List<ParsedOrder>> queue = new ArrayBlockingQueue<>(StreamingEvaluation.QUEUED);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final long[] counts = new long[4]; // orders, results, withExceptions, errors
    private final OffsetDateTime asOf;
    private final Thread worker;
    private final long start;
    private List<ParsedOrder> chunk = new ArrayList<>(StreamingEvaluation.CHUNK);

    /**
     * Starts the worker.
     *
     * @param asOf the request's reference time, or null for the engine's clock, read once here
     * @param reference the request's reference data
     * @param orderCount how many orders the request holds, or -1 when not known (one pass)
     * @param engine the engine
     * @param sink where results and errors go, on the worker thread
     * @param progress where progress lines go, or null
     * @param progressEvery how many orders between progress lines
     */
    EvaluationPipeline(OffsetDateTime asOf, ReferenceData reference, long orderCount, OrderExceptionEngine engine,
            StreamingEvaluation.Sink sink, PrintStream progress, long progressEvery) {
        this.start = System.nanoTime();
        // One reference time for every chunk: without asOf, "now" is read once, not per chunk.
        this.asOf = asOf != null ? asOf : OffsetDateTime.now(engine.clock());
        // one allocation for the whole request: chunks are evaluated in request order, one at a
        // time, and it holds one figure per SKU of the snapshot, so memory stays flat
        StockAllocation allocation = new StockAllocation();
        Consumer<List<ParsedOrder>> evaluate = entries -> {
            BatchResult batch = OrderJson.evaluate(engine, new ParsedRequest(this.asOf, reference, entries), allocation);
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
                progress(progress, orderCount);
            }
        };
        worker = new Thread(() -> {
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
    }

    private void progress(PrintStream progress, long orderCount) {
        double s = (System.nanoTime() - start) / 1e9;
        if (orderCount < 0) {
            progress.printf(Locale.ROOT, "  %,d orders, %,d with exceptions, %,d rejected, %.1f s%n", counts[0], counts[2],
                    counts[3], s);
        } else {
            progress.printf(Locale.ROOT, "  %,d of %,d orders (%.0f%%), %,d with exceptions, %,d rejected, %.1f s%n",
                    counts[0], orderCount, 100.0 * counts[0] / Math.max(1, orderCount), counts[2], counts[3], s);
        }
    }

    /** @param entry the next order entry, handed on with its chunk */
    @Override
    public void accept(ParsedOrder entry) {
        chunk.add(entry);
        if (chunk.size() == StreamingEvaluation.CHUNK) {
            hand(chunk);
            chunk = new ArrayList<>(StreamingEvaluation.CHUNK);
        }
    }

    /**
     * Ends the run: hands on the last chunk unless reading failed, waits for the worker and
     * throws the first failure, of reading or of evaluating.
     *
     * @param reading what stopped reading the request, or null when it was read to its end
     * @return the counts; the time counts from the pipeline's start
     */
    StreamingEvaluation.Summary finish(RuntimeException reading) {
        try {
            if (reading == null && !chunk.isEmpty()) {
                hand(chunk);
            }
        } catch (RuntimeException e) {
            reading = e;
        }
        if (reading != null) {
            failure.compareAndSet(null, reading);
        }
        if (failure.get() != null) {
            queue.clear();
        }
        try {
            while (worker.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the worker is still busy with the queued chunks
            }
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        return new StreamingEvaluation.Summary(counts[0], counts[1], counts[2], counts[3], asOf, System.nanoTime() - start);
    }

    private void hand(List<ParsedOrder> c) {
        try {
            while (!queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new CancellationException("the evaluator failed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
