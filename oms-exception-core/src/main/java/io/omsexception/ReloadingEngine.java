package io.omsexception;

import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds an {@link OrderExceptionEngine} and swaps in a rebuilt one, atomically, when its watched
 * pack folders or tables change ({@code .drl}, {@code .properties}, {@code .csv}, {@code .xlsx}),
 * or on request ({@link #reload()}): rule owners change a pack without a restart.
 *
 * <pre>{@code
 * ReloadingEngine engines = ReloadingEngine.builder()
 *         .configure(b -> b.withStandardRules().parameter("payment.timeoutMinutes", "45"))
 *         .watch(Path.of("/etc/oms/my-rules"))
 *         .listener(status -> { if (status.failed()) alert(status.problems()); })
 *         .build();
 * BatchResult day = engines.current().evaluate(request);   // one engine for the whole request
 * }</pre>
 *
 * <p>A rebuild takes a fresh {@link OrderExceptionEngine#builder()}, applies the
 * {@linkplain Builder#configure configuration} to it, adds each watched path with
 * {@link OrderExceptionEngine.Builder#addRules(Path)} and builds. When that fails (a DRL error, an
 * invalid catalog value, a half-written file), the engine serving keeps serving; the
 * {@linkplain #status() status} and the listener say why, and the failure is logged (SLF4J,
 * warning). The next change of the files is tried again.
 *
 * <p>Every result is stamped with the version of the rules that produced it
 * ({@link OrderEvaluation#rulesVersion()}). An evaluation finishes on the engine it started with:
 * {@link #current()} is read once per call, so a batch or a stream given {@code current()} is
 * evaluated by one engine from its first order to its last, whatever is swapped in meanwhile.
 *
 * <p>Watching polls: every {@linkplain Builder#pollInterval poll interval} the watched files'
 * contents are compared with those of the last rebuild; a change is applied once the files have
 * stayed the same for one further interval (a debounce, so that an editor's or a copy's several
 * writes make one rebuild). Thread-safe: evaluate from any number of threads; rebuilds are
 * serialised. {@link #close()} stops watching.
 */
public final class ReloadingEngine implements AutoCloseable {
    /** How often the watched files are looked at unless the builder says otherwise. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingEngine.class);

    private final Consumer<OrderExceptionEngine.Builder> configuration;
    private final List<Path> watched;
    private final Consumer<ReloadStatus> listener;
    private final Object rebuildLock = new Object();
    private final ScheduledExecutorService poller;
    private volatile OrderExceptionEngine current;
    private volatile ReloadStatus status;
    private byte[] attempted; // guarded by rebuildLock: the fingerprint of the files of the last rebuild
    private byte[] lastSeen; // only touched by the poller thread

    private ReloadingEngine(Builder b) {
        this.configuration = b.configuration;
        this.watched = List.copyOf(b.watched);
        this.listener = b.listener;
        synchronized (rebuildLock) {
            attempted = PackFingerprint.of(watched);
            lastSeen = attempted;
            current = newEngine();
            status = new ReloadStatus(current.rulesVersion(), 0, 0, List.of());
        }
        LOG.info("rules {} loaded; watching {}", current.rulesVersion(), watched);
        if (b.pollInterval.isZero() || watched.isEmpty()) {
            poller = null;
        } else {
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "oms-exception-reload");
                t.setDaemon(true);
                return t;
            });
            long millis = b.pollInterval.toMillis();
            poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** @return a new builder; thread-confined */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The engine serving now. Hold the reference for the whole of one request or stream: it is
     * immutable, so what it evaluates is never touched by a swap.
     *
     * @return the engine, never null
     */
    public OrderExceptionEngine current() {
        return current;
    }

    /** @return the rules version of the engine serving now, as stamped on its results */
    public String rulesVersion() {
        return current.rulesVersion();
    }

    /** @return what serves now and how the last rebuild went; never null */
    public ReloadStatus status() {
        return status;
    }

    /**
     * Evaluates one order on the engine serving now ({@link OrderExceptionEngine#evaluate(Order,
     * ReferenceData, OffsetDateTime)}).
     *
     * @param order the order, never null
     * @param reference the reference data, never null
     * @param asOf the reference time, never null
     * @return its findings, stamped with the version of the engine that evaluated it
     */
    public OrderEvaluation evaluate(Order order, ReferenceData reference, OffsetDateTime asOf) {
        return current.evaluate(order, reference, asOf);
    }

    /**
     * Evaluates a request, every order of it on one engine: the one serving when the call starts.
     *
     * @param request the orders with their reference data and time, never null
     * @return the results, all stamped with that engine's version, and the errors
     */
    public BatchResult evaluate(EvaluationRequest request) {
        return current.evaluate(request);
    }

    /**
     * Rebuilds the engine now, whether or not the files changed, and swaps it in if it builds;
     * waits for a rebuild under way first. Works after {@link #close()} too.
     *
     * @return the status after the rebuild: {@link ReloadStatus#failed()} says whether the old
     *     engine was kept, and {@link ReloadStatus#problems()} why
     */
    public ReloadStatus reload() {
        synchronized (rebuildLock) {
            return rebuild(PackFingerprint.of(watched));
        }
    }

    /**
     * Looks at the watched files now and rebuilds when they differ from those of the last rebuild,
     * without waiting for the poll interval nor the debounce: the trigger for hosts that watch
     * files their own way, and for tests.
     *
     * @return whether a rebuild was attempted (see {@link #status()} for how it went)
     */
    public boolean reloadIfChanged() {
        synchronized (rebuildLock) {
            byte[] now = PackFingerprint.of(watched);
            if (Arrays.equals(now, attempted)) {
                return false;
            }
            rebuild(now);
            return true;
        }
    }

    /** Stops watching the files; the engine serving keeps serving. Idempotent. */
    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** @return whether the files are watched: a poll interval, a watched path, and not closed */
    public boolean isWatching() {
        return poller != null && !poller.isShutdown();
    }

    private void poll() {
        try {
            byte[] now = PackFingerprint.of(watched);
            boolean settled = Arrays.equals(now, lastSeen);
            lastSeen = now;
            if (settled) {
                synchronized (rebuildLock) {
                    if (!Arrays.equals(now, attempted)) {
                        rebuild(now);
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.error("watching the rule packs {} failed; the rules {} keep serving", watched, rulesVersion(), e);
        }
    }

    /** Rebuilds with the files of that fingerprint; the caller holds {@link #rebuildLock}. */
    private ReloadStatus rebuild(byte[] fingerprint) {
        attempted = fingerprint;
        ReloadStatus before = status;
        ReloadStatus after;
        try {
            OrderExceptionEngine engine = newEngine();
            String old = current.rulesVersion();
            current = engine;
            after = new ReloadStatus(engine.rulesVersion(), before.reloads() + 1, before.failures(), List.of());
            LOG.info("rules reloaded: {} replaces {}", engine.rulesVersion(), old);
        } catch (RuntimeException e) {
            List<String> problems = e instanceof RulePackException p ? p.problems()
                    : List.of(e.getMessage() == null ? e.toString() : e.getMessage());
            after = new ReloadStatus(current.rulesVersion(), before.reloads(), before.failures() + 1, problems);
            LOG.warn("rules not reloaded, {} keeps serving: {}", current.rulesVersion(), String.join("\n", problems));
        }
        status = after;
        if (listener != null) {
            try {
                listener.accept(after);
            } catch (RuntimeException e) {
                LOG.error("the reload listener failed on {}", after, e);
            }
        }
        return after;
    }

    private OrderExceptionEngine newEngine() {
        OrderExceptionEngine.Builder builder = OrderExceptionEngine.builder();
        configuration.accept(builder);
        watched.forEach(builder::addRules);
        return builder.build();
    }

    /**
     * Configures a {@link ReloadingEngine}: the engine's configuration, the pack folders or
     * tables to watch, the poll interval and the listener, each given once (a second time throws
     * an {@link IllegalStateException} naming it, for example {@code pollInterval was already
     * set}). Not thread-safe.
     */
    public static final class Builder {
        private final Set<String> given = new LinkedHashSet<>();
        private final List<Path> watched = new ArrayList<>();
        private Consumer<OrderExceptionEngine.Builder> configuration = b -> { };
        private Consumer<ReloadStatus> listener;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;

        private Builder() {
        }

        /**
         * The engine's settings, applied to a fresh {@link OrderExceptionEngine#builder()} at every
         * rebuild: the standard rules, packs that are not watched, parameters, clock, batch size,
         * guard limits. It runs on the thread that rebuilds, so it must be thread-safe; it may
         * read a host's configuration anew each time. Do not add the watched paths here.
         *
         * @param value the configuration, never null; default none (only the watched packs)
         * @return this builder
         */
        public Builder configure(Consumer<OrderExceptionEngine.Builder> value) {
            EngineSupport.required(value, "configure");
            once("configure");
            configuration = value;
            return this;
        }

        /**
         * Watches a pack: added to every engine built with {@link RulePack#fromPath(Path)}, and
         * rebuilt when one of its {@code .drl}, {@code .properties}, {@code .csv} or {@code .xlsx}
         * files changes, appears or disappears.
         *
         * @param folderOrFile a pack folder, a {@code .drl} file or a decision table, never null
         * @return this builder
         * @throws IllegalStateException when that path is watched already
         */
        public Builder watch(Path folderOrFile) {
            EngineSupport.required(folderOrFile, "folderOrFile");
            Path path = folderOrFile.toAbsolutePath().normalize();
            once("watch " + path);
            watched.add(path);
            return this;
        }

        /**
         * @param value how often the watched files are looked at; {@link Duration#ZERO} never
         *     looks (rebuild with {@link ReloadingEngine#reload()} or
         *     {@link ReloadingEngine#reloadIfChanged()}); default {@link #DEFAULT_POLL_INTERVAL}
         * @return this builder
         * @throws IllegalArgumentException when the value is null, negative, or positive but under
         *     10 milliseconds
         */
        public Builder pollInterval(Duration value) {
            if (value == null || value.isNegative() || (!value.isZero() && value.toMillis() < 10)) {
                throw new IllegalArgumentException("pollInterval: must be zero or at least 10 ms but was " + value);
            }
            once("pollInterval");
            pollInterval = value;
            return this;
        }

        /**
         * @param value told the status after every rebuild, successful or not, on the thread that
         *     rebuilt (the poller's or the caller of {@code reload}); must be quick and
         *     thread-safe; what it throws is logged and ignored
         * @return this builder
         */
        public Builder listener(Consumer<ReloadStatus> value) {
            EngineSupport.required(value, "listener");
            once("listener");
            listener = value;
            return this;
        }

        /**
         * Builds the first engine and starts watching.
         *
         * @return the holder, serving the engine just built
         * @throws RulePackException listing every problem of the packs, when the first engine does
         *     not build (there is no older engine to keep serving)
         * @throws IllegalStateException when there is no pack: no watched path and none configured
         * @throws IllegalArgumentException as {@link OrderExceptionEngine.Builder#build()} does
         */
        public ReloadingEngine build() {
            return new ReloadingEngine(this);
        }

        private void once(String setting) {
            if (!given.add(setting)) {
                throw new IllegalStateException(setting + " was already set");
            }
        }
    }
}
