package io.omsexception.json;

import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Evaluates a request file of any size without holding it: the orders are read in chunks, each
 * chunk is evaluated and its results handed on at once (to a {@link ResultWriter}, a statistics
 * collector...). When {@code asOf}, {@code inventory} and {@code blacklist} come before
 * {@code orders}, one pass reads it all ({@link #run(Path, OrderExceptionEngine, Sink, PrintStream, long)});
 * otherwise (they may come after {@code orders}) a first pass reads the request-level part and a
 * second pass the orders. Memory holds a few chunks, the reference data and the errors.
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

        /**
         * Called once, on the calling thread, before the first result or error.
         *
         * @param orderCount how many orders the run will read, or -1 when the request is read in
         *     one pass and the number is known only at its end
         */
        default void begin(long orderCount) {
        }
    }

    private StreamingEvaluation() {
    }

    /**
     * Evaluates a request file, in one pass when it can: when {@code asOf}, {@code inventory} and
     * {@code blacklist} all come before {@code orders} (as {@link RequestWriter} and the command
     * line's {@code generate} write them; a part the request does not have is given as
     * {@code null}), nothing after the orders can change what they are evaluated against, and the
     * orders are evaluated as they are read. Otherwise that first pass only reads the request-level
     * part and counts the orders, and a second pass evaluates them, as {@link #header(Path)} then
     * {@link #run(Path, OrderJson.RequestHeader, OrderExceptionEngine, Sink, PrintStream, long)}.
     *
     * <p>In one pass, a request refused as a whole (not JSON, beyond a document limit, a duplicate
     * request-level key) may be found only after the sink has received the results of the orders
     * before the fault: the call then throws, and what the sink wrote must be discarded (the
     * command line's {@code --output} writes to a temporary file for that). A caller that must not
     * hand anything on before the whole request is checked calls {@link #header(Path)} first.
     * Progress lines of a run in one pass do not know the number of orders:
     * {@code   1,000 orders, 12 with exceptions, 0 rejected, 0.4 s}.
     *
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
        Arguments.required(request, "request");
        Arguments.required(engine, "engine");
        Arguments.required(sink, "sink");
        checkProgress(progress, progressEvery);
        long start = System.nanoTime();
        EvaluationPipeline[] pipeline = new EvaluationPipeline[1];
        OrderJson.RequestHeader header;
        try (InputStream in = open(request)) {
            header = RequestReader.scan(in, before -> {
                if (before == null) {
                    return null; // the second pass reads the orders
                }
                sink.begin(-1);
                pipeline[0] = new EvaluationPipeline(before.asOf(), before.referenceData(), -1, engine, sink, progress,
                        progressEvery);
                return pipeline[0];
            }, JsonLimits.DEFAULTS);
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            if (pipeline[0] == null) {
                throw failure;
            }
            return pipeline[0].finish(failure);
        }
        if (pipeline[0] != null) {
            return pipeline[0].finish(null).since(start);
        }
        return run(request, header, engine, sink, progress, progressEvery).since(start);
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
        checkProgress(progress, progressEvery);
        sink.begin(header.orderCount());
        EvaluationPipeline pipeline = new EvaluationPipeline(header.asOf(), header.referenceData(), header.orderCount(),
                engine, sink, progress, progressEvery);
        try (InputStream in = open(request)) {
            OrderJson.scan(in, true, pipeline);
        } catch (IOException e) {
            return pipeline.finish(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            return pipeline.finish(e);
        }
        return pipeline.finish(null);
    }

    private static void checkProgress(PrintStream progress, long progressEvery) {
        if (progress != null && progressEvery < 1) {
            throw new IllegalArgumentException("progressEvery must be at least 1 but was " + progressEvery);
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }
}
