package io.omsexception.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.OrderFlow;
import io.omsexception.handling.Reconciliation;
import io.omsexception.handling.StaffNotification;
import io.omsexception.handling.jdbc.JdbcCaseStore;
import io.omsexception.model.Order;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reconcile throughput of the handling layer over the JDBC store on PostgreSQL (embedded, started
 * once per trial), with one or two handling nodes, each with its own HikariCP pool of 4, fed by 4
 * threads. Each operation reconciles a new order raising two blocking findings: two cases opened,
 * the hold decided, five outbox deliveries written and delivered. The score is in cases per
 * second. Not part of the summary run:
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main ReconcileBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(4)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class ReconcileBenchmark {
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-22T08:00:00+08:00");

    /** Handling nodes sharing the database. */
    @Param({"1", "2"})
    public int nodes;

    EmbeddedPostgres postgres;
    final List<HikariDataSource> pools = new ArrayList<>();
    final List<ExceptionHandling> handlings = new ArrayList<>();
    final AtomicInteger threads = new AtomicInteger();
    final AtomicLong orders = new AtomicLong();
    String prefix;

    /** Starts PostgreSQL, migrates it and builds the nodes. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        prefix = "B" + UUID.randomUUID().toString().substring(0, 6) + "-";
        OrderFlow flow = new OrderFlow() {
            @Override
            public void hold(String orderId, List<CaseId> blockingCases) {
            }

            @Override
            public void release(String orderId) {
            }

            @Override
            public void cancel(String orderId, String reason, CaseId confirmedCase) {
            }
        };
        Notifier notifier = new Notifier() {
            @Override
            public void notifyStaff(StaffNotification notification) {
            }

            @Override
            public void notifyCustomer(CustomerNotification notification) {
            }
        };
        for (int i = 0; i < nodes; i++) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(4);
            HikariDataSource pool = new HikariDataSource(config);
            pools.add(pool);
            if (i == 0) {
                JdbcCaseStore.migrate(pool);
            }
            handlings.add(ExceptionHandling.builder().store(JdbcCaseStore.create(pool)).orderFlow(flow)
                    .notifier(notifier).build());
        }
    }

    /** Closes the pools and stops PostgreSQL. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        pools.forEach(HikariDataSource::close);
        postgres.close();
    }

    /** The node a benchmark thread sends its traffic to: threads are spread over the nodes. */
    @State(Scope.Thread)
    public static class Node {
        ExceptionHandling handling;

        /**
         * @param shared the nodes
         */
        @Setup(Level.Trial)
        public void pick(ReconcileBenchmark shared) {
            handling = shared.handlings.get(shared.threads.getAndIncrement() % shared.handlings.size());
        }
    }

    private static Finding finding(String code, Category category, Department department) {
        return new Finding(code, category, Priority.P2, department, true, new LocalizedText("处理 " + code, "Handle " + code),
                new LocalizedText("您的订单正在处理", "Your order is being handled"), Map.of("checked", true),
                List.of("bench." + code));
    }

    private static final Finding PAYMENT = finding("PAYMENT_TIMEOUT", Category.PAYMENT, Department.FINANCE);
    private static final Finding ADDRESS = finding("ADDRESS_INCOMPLETE", Category.INFORMATION,
            Department.CUSTOMER_SERVICE);

    /**
     * @param node the thread's node
     * @return what the reconcile did; the score counts its two opened cases
     */
    @Benchmark
    @OperationsPerInvocation(2)
    public Reconciliation reconcile(Node node) {
        String orderId = prefix + orders.incrementAndGet();
        Order order = Order.builder(orderId, CREATED).build();
        return node.handling.reconcile(order, new OrderEvaluation(orderId, true, List.of(PAYMENT, ADDRESS)));
    }
}
