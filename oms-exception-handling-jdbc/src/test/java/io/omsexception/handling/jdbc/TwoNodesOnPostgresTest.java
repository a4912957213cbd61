package io.omsexception.handling.jdbc;

import static io.omsexception.handling.jdbc.StoreFixtures.addressIncomplete;
import static io.omsexception.handling.jdbc.StoreFixtures.evaluation;
import static io.omsexception.handling.jdbc.StoreFixtures.order;
import static io.omsexception.handling.jdbc.StoreFixtures.paymentTimeout;
import static io.omsexception.handling.jdbc.StoreFixtures.unusualAmount;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.omsexception.Finding;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseConflictException;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Delivery;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.IllegalTransitionException;
import io.omsexception.handling.MarkReason;
import io.omsexception.handling.MarkRequest;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.OrderFlow;
import io.omsexception.handling.OrderSignal;
import io.omsexception.handling.Reconciliation;
import io.omsexception.handling.StaffNotification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two handling nodes, each with its own connection pool, over one PostgreSQL, under concurrent
 * reconcile, mark, confirm and resolve traffic on the same orders, with a third node that commits
 * its changes and "crashes" before delivering them.
 */
class TwoNodesOnPostgresTest {
    private static HikariDataSource poolA;
    private static HikariDataSource poolB;
    private static HikariDataSource poolCrashing;

    @BeforeAll
    static void startNodes() {
        TestDatabases.postgres();
        poolA = TestDatabases.postgresPool(4);
        poolB = TestDatabases.postgresPool(4);
        poolCrashing = TestDatabases.postgresPool(2);
    }

    @AfterAll
    static void stopNodes() {
        poolA.close();
        poolB.close();
        poolCrashing.close();
    }

    /** What the hosts received, across nodes, with a global stamp giving the order of arrival. */
    static final class Host implements OrderFlow, Notifier {
        final AtomicLong clock = new AtomicLong();
        final Map<String, Integer> received = new ConcurrentHashMap<>();
        final List<long[]> signalArrivals = new CopyOnWriteArrayList<>();
        final Map<String, List<String>> signalsByOrder = new ConcurrentHashMap<>();

        @Override
        public void hold(String orderId, List<CaseId> blockingCases) {
        }

        @Override
        public void release(String orderId) {
        }

        @Override
        public void cancel(String orderId, String reason, CaseId confirmedCase) {
        }

        @Override
        public void deliver(Delivery delivery) {
            received.merge(delivery.idempotencyKey(), 1, Integer::sum);
            signalsByOrder.computeIfAbsent(delivery.orderId(), k -> new CopyOnWriteArrayList<>())
                    .add(delivery.idempotencyKey());
        }

        @Override
        public void notifyStaff(StaffNotification n) {
            received.merge(n.idempotencyKey(), 1, Integer::sum);
        }

        @Override
        public void notifyCustomer(CustomerNotification n) {
            received.merge(n.idempotencyKey(), 1, Integer::sum);
        }
    }

    private static ExceptionHandling node(HikariDataSource pool, Host host, StoreFixtures.TestClock clock,
            boolean deliver) {
        CaseStore store = JdbcCaseStore.create(pool);
        return ExceptionHandling.builder().clock(clock).store(store).notifier(host).orderFlow(host)
                .deliverAfterChange(deliver).build();
    }

    @Test
    void should_keep_one_case_per_finding_deliver_every_key_once_and_trail_every_accepted_change() throws Exception {
        // GIVEN two nodes and a crashing one over one database
        String prefix = "N" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Host host = new Host();
        StoreFixtures.TestClock clock = new StoreFixtures.TestClock();
        ExceptionHandling a = node(poolA, host, clock, true);
        ExceptionHandling b = node(poolB, host, clock, true);
        ExceptionHandling crashing = node(poolCrashing, host, clock, false);
        List<ExceptionHandling> nodes = List.of(a, b, a, b, crashing);
        int orders = 24;
        Set<String> accepted = ConcurrentHashMap.newKeySet();

        // WHEN five threads send mixed traffic to the same orders
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < nodes.size(); t++) {
                ExceptionHandling node = nodes.get(t);
                long seed = 42 + t;
                done.add(pool.submit(() -> {
                    traffic(node, new Random(seed), prefix, orders, 120, accepted);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // the crashed node's committed but undelivered work is delivered by the survivors' job
        while (a.deliverPending() + b.deliverPending() > 0) {
            // until nothing is pending
        }

        // THEN at most one case per (order, code) and per (order, handle), and each open one is unique
        Map<String, List<String>> outbox = outboxKeys(prefix);
        assertThat(duplicateCases(prefix)).isZero();
        assertThat(accepted).isNotEmpty();

        // every delivery of the outbox reached the host exactly once, none is pending
        Set<String> all = new HashSet<>();
        outbox.values().forEach(all::addAll);
        assertThat(all).isNotEmpty();
        Map<String, Integer> mine = new HashMap<>();
        host.received.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                mine.put(k, v);
            }
        });
        assertThat(mine.keySet()).isEqualTo(all);
        assertThat(mine.values()).allMatch(n -> n == 1);
        assertThat(a.pending(prefix + "0")).isEmpty();

        // each order's signals arrived in the order they were decided, and say what its cases say
        for (int i = 0; i < orders; i++) {
            String orderId = prefix + i;
            List<String> signals = host.signalsByOrder.getOrDefault(orderId, List.of());
            List<Integer> numbers = signals.stream().map(k -> Integer.parseInt(k.substring(k.lastIndexOf('/') + 1)))
                    .toList();
            assertThat(numbers).as(orderId).isSorted();
            List<AuditEntry> trail = a.trail(orderId).entries();
            List<OrderSignal> decided = trail.stream().filter(e -> e.action() instanceof OrderSignal)
                    .map(e -> (OrderSignal) e.action()).toList();
            assertThat(signals).hasSize(decided.size());
            var status = a.status(orderId);
            if (status.cancelled()) {
                assertThat(decided).contains(OrderSignal.CANCELLED);
            } else if (!decided.isEmpty()) {
                OrderSignal last = decided.stream().filter(s -> s != OrderSignal.LINES_CANCELLED)
                        .reduce((x, y) -> y).orElseThrow();
                assertThat(last).as(orderId).isEqualTo(status.held() ? OrderSignal.HELD : OrderSignal.RELEASED);
            }
        }

        // every accepted change is in the trail, once
        Map<String, Integer> trailed = new HashMap<>();
        for (int i = 0; i < orders; i++) {
            for (AuditEntry e : a.trail(prefix + i).entries()) {
                if (!e.action().isOrderLevel()) {
                    trailed.merge(e.caseId() + "@" + e.version(), 1, Integer::sum);
                }
            }
        }
        assertThat(trailed.keySet()).containsAll(accepted);
        assertThat(trailed.values()).allMatch(n -> n == 1);
    }

    private static void traffic(ExceptionHandling node, Random random, String prefix, int orders, int steps,
            Collection<String> accepted) {
        List<Finding> findings = List.of(paymentTimeout(), addressIncomplete(), unusualAmount());
        for (int s = 0; s < steps; s++) {
            String orderId = prefix + random.nextInt(orders);
            try {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        List<Finding> raised = findings.stream().filter(f -> random.nextInt(3) > 0).toList();
                        Reconciliation r = node.reconcile(order(orderId), evaluation(orderId,
                                raised.toArray(Finding[]::new)));
                        for (List<ExceptionCase> cs : List.of(r.opened(), r.reopened(), r.updated(), r.resolved())) {
                            cs.forEach(c -> accepted.add(c.id() + "@" + c.version()));
                        }
                    }
                    case 1 -> {
                        ExceptionCase m = node.mark(order(orderId), MarkRequest.builder("H-" + random.nextInt(2),
                                MarkReason.DELIVERY_DELAY, "客服").build());
                        accepted.add(m.id() + "@1");
                    }
                    case 2 -> {
                        List<ExceptionCase> open = node.cases(orderId).stream().filter(ExceptionCase::isOpen).toList();
                        if (!open.isEmpty() && random.nextInt(4) == 0) {
                            ExceptionCase c = node.confirm(open.get(random.nextInt(open.size())), "主管", "确认异常");
                            accepted.add(c.id() + "@" + c.version());
                        }
                    }
                    default -> {
                        List<ExceptionCase> open = node.cases(orderId).stream().filter(ExceptionCase::isOpen).toList();
                        if (!open.isEmpty()) {
                            ExceptionCase c = node.resolve(open.get(random.nextInt(open.size())), "客服", "已处理");
                            accepted.add(c.id() + "@" + c.version());
                        }
                    }
                }
            } catch (CaseConflictException | IllegalTransitionException e) {
                // another node changed it first: a person would reload and decide again
            } catch (IllegalStateException e) {
                if (!e.getMessage().contains("is cancelled")) {
                    throw e;
                }
            }
        }
    }

    private static Map<String, List<String>> outboxKeys(String prefix) throws SQLException {
        Map<String, List<String>> keys = new HashMap<>();
        try (Connection c = poolA.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT order_id, idempotency_key, delivered_at FROM oms_outbox WHERE order_id LIKE ? ORDER BY seq")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getObject(3)).as("delivered_at of " + rs.getString(2)).isNotNull();
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return keys;
    }

    private static int duplicateCases(String prefix) throws SQLException {
        try (Connection c = poolA.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT order_id, code, kind, case_key FROM oms_case WHERE order_id LIKE ?"
                        + " AND is_open GROUP BY order_id, code, kind, case_key HAVING COUNT(*) > 1) d")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
