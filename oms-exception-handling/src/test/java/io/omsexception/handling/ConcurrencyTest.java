package io.omsexception.handling;

import io.omsexception.testkit.RecordingOrderFlow;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.evaluation;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends HandlingTestBase {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs both tasks on two threads and waits for both; rethrows what a task threw. */
    private void inTwoThreads(Callable<Void> first, Callable<Void> second) throws Exception {
        Future<Void> a = pool.submit(first);
        Future<Void> b = pool.submit(second);
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
    }

    private record Attempt(CaseId id, long readVersion, String note) {
    }

    @Test
    void should_accept_one_of_two_updates_made_from_the_same_version_refuse_the_other_and_trail_every_accepted_one()
            throws Exception {
        // GIVEN 8 cases, and two threads that each read a case, wait for the other, then update it
        int cases = 8;
        int rounds = 25;
        List<CaseId> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            raise("SO-" + i, paymentTimeout());
            ids.add(CaseId.rule("SO-" + i, "PAYMENT_TIMEOUT"));
        }
        CyclicBarrier bothRead = new CyclicBarrier(2);
        List<Attempt> accepted = new CopyOnWriteArrayList<>();
        List<Attempt> rejected = new CopyOnWriteArrayList<>();
        List<CaseConflictException> conflicts = new CopyOnWriteArrayList<>();
        Map<String, String> staff = Map.of("A", "张三", "B", "李四");

        // WHEN
        List<Callable<Void>> workers = new ArrayList<>();
        for (String thread : List.of("A", "B")) {
            workers.add(() -> {
                for (int r = 0; r < rounds; r++) {
                    for (CaseId id : ids) {
                        ExceptionCase seen = handling.find(id).orElseThrow();
                        bothRead.await(10, TimeUnit.SECONDS);
                        Attempt attempt = new Attempt(id, seen.version(), thread + "-" + r);
                        try {
                            handling.addNote(seen, staff.get(thread), attempt.note());
                            accepted.add(attempt);
                        } catch (CaseConflictException e) {
                            rejected.add(attempt);
                            conflicts.add(e);
                        }
                        bothRead.await(10, TimeUnit.SECONDS);
                    }
                }
                return null;
            });
        }
        inTwoThreads(workers.get(0), workers.get(1));

        // THEN exactly one of each pair won
        assertThat(accepted).hasSize(cases * rounds);
        assertThat(rejected).hasSize(cases * rounds);
        for (int i = 0; i < rejected.size(); i++) {
            Attempt lost = rejected.get(i);
            CaseConflictException e = conflicts.get(i);
            assertThat(e.caseId()).isEqualTo(lost.id());
            assertThat(e.expectedVersion()).isEqualTo(lost.readVersion());
            assertThat(e.actualVersion()).isEqualTo(lost.readVersion() + 1);
            assertThat(e).hasMessage("case " + lost.id() + ": expected version " + lost.readVersion()
                    + " but found version " + (lost.readVersion() + 1) + " (changed concurrently); reload it and retry");
        }
        // AND every accepted change is in the trail and on the case, in version order, and nothing else is
        for (CaseId id : ids) {
            List<Attempt> won = accepted.stream().filter(a -> a.id().equals(id))
                    .sorted(java.util.Comparator.comparingLong(Attempt::readVersion)).toList();
            List<AuditEntry> notes = handling.trail(id.orderId()).of(id).stream()
                    .filter(e -> e.action() == CaseAction.NOTE).toList();
            assertThat(notes).extracting(AuditEntry::note).containsExactlyElementsOf(won.stream().map(Attempt::note).toList());
            assertThat(notes).extracting(AuditEntry::version)
                    .containsExactlyElementsOf(LongStreamRange.of(2, rounds + 1));
            ExceptionCase c = handling.find(id).orElseThrow();
            assertThat(c.version()).isEqualTo(rounds + 1);
            assertThat(c.notes()).extracting(ProgressNote::text).containsExactlyElementsOf(
                    won.stream().map(Attempt::note).toList());
        }
    }

    @Test
    void should_lose_nothing_when_two_threads_race_on_the_latest_version_of_the_same_cases() throws Exception {
        // GIVEN
        int cases = 2;
        int perThread = 1000;
        for (int i = 0; i < cases; i++) {
            raise("SO-" + i, paymentTimeout());
        }
        Map<CaseId, List<String>> accepted = new ConcurrentHashMap<>();
        List<CaseConflictException> rejected = new CopyOnWriteArrayList<>();

        // WHEN both threads add notes to the latest version they can read, as fast as they can
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            String thread = "T" + t;
            workers.add(() -> {
                for (int n = 0; n < perThread; n++) {
                    CaseId id = CaseId.rule("SO-" + (n % cases), "PAYMENT_TIMEOUT");
                    String text = thread + "-" + n;
                    try {
                        handling.addNote(current(id), thread, text);
                        accepted.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(text);
                    } catch (CaseConflictException e) {
                        assertThat(e.caseId()).isEqualTo(id);
                        assertThat(e.actualVersion()).isGreaterThan(e.expectedVersion());
                        rejected.add(e);
                    }
                }
                return null;
            });
        }
        inTwoThreads(workers.get(0), workers.get(1));

        // THEN every attempt was either stored and trailed, or refused with a conflict
        int acceptedCount = accepted.values().stream().mapToInt(List::size).sum();
        assertThat(acceptedCount + rejected.size()).isEqualTo(2 * perThread);
        for (int i = 0; i < cases; i++) {
            CaseId id = CaseId.rule("SO-" + i, "PAYMENT_TIMEOUT");
            List<String> mine = accepted.getOrDefault(id, List.of());
            List<AuditEntry> notes = handling.trail(id.orderId()).of(id).stream()
                    .filter(e -> e.action() == CaseAction.NOTE).toList();
            assertThat(notes).extracting(AuditEntry::note).containsExactlyInAnyOrderElementsOf(mine);
            assertThat(notes).extracting(AuditEntry::version)
                    .containsExactlyElementsOf(LongStreamRange.of(2, mine.size() + 1));
            assertThat(handling.find(id).orElseThrow().notes()).extracting(ProgressNote::text)
                    .containsExactlyElementsOf(notes.stream().map(AuditEntry::note).toList());
        }
    }

    @Test
    void should_release_each_order_exactly_once_when_its_last_two_blocking_cases_are_resolved_at_once()
            throws Exception {
        // GIVEN a store and a host that take a while to answer, and 100 held orders with two blocking cases each
        handling = builder(new SlowStore(store), notifier, new SlowOrderFlow(flow)).build();
        int orders = 100;
        for (int i = 0; i < orders; i++) {
            raise("SO-" + i, paymentTimeout(), addressIncomplete());
        }
        CyclicBarrier together = new CyclicBarrier(2);

        // WHEN one thread resolves the payment cases and the other the address cases, order by order
        Callable<Void> payments = () -> {
            for (int i = 0; i < orders; i++) {
                together.await(10, TimeUnit.SECONDS);
                handling.resolve(current(CaseId.rule("SO-" + i, "PAYMENT_TIMEOUT")), "财务", "paid");
            }
            return null;
        };
        Callable<Void> addresses = () -> {
            for (int i = 0; i < orders; i++) {
                together.await(10, TimeUnit.SECONDS);
                handling.resolve(current(CaseId.rule("SO-" + i, "ADDRESS_INCOMPLETE")), "客服", "completed");
            }
            return null;
        };
        inTwoThreads(payments, addresses);

        // THEN
        Map<String, Long> releases = flow.signals().stream().filter(s -> s.action() == OrderSignal.RELEASED)
                .collect(Collectors.groupingBy(RecordingOrderFlow.Signal::orderId, Collectors.counting()));
        assertThat(releases).hasSize(orders).allSatisfy((order, count) -> assertThat(count).isEqualTo(1L));
        for (int i = 0; i < orders; i++) {
            String orderId = "SO-" + i;
            assertThat(handling.status(orderId).held()).isFalse();
            assertThat(handling.trail(orderId).entries()).filteredOn(e -> e.action() == OrderSignal.RELEASED)
                    .hasSize(1);
            assertThat(handling.trail(orderId).entries()).last()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(OrderSignal.RELEASED));
        }
    }

    @Test
    void should_open_one_case_per_finding_when_two_threads_reconcile_and_mark_the_same_orders() throws Exception {
        // GIVEN
        int orders = 100;
        CyclicBarrier together = new CyclicBarrier(2);
        MarkRequest mark = MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三").build();
        List<ExceptionCase> marked = new CopyOnWriteArrayList<>();

        // WHEN
        Callable<Void> worker = () -> {
            for (int i = 0; i < orders; i++) {
                together.await(10, TimeUnit.SECONDS);
                handling.reconcile(order("SO-" + i), evaluation("SO-" + i, paymentTimeout(), addressIncomplete()));
                marked.add(handling.mark(order("SO-" + i), mark));
            }
            return null;
        };
        inTwoThreads(worker, worker);

        // THEN
        for (int i = 0; i < orders; i++) {
            String orderId = "SO-" + i;
            assertThat(handling.cases(orderId)).extracting(ExceptionCase::id).containsExactlyInAnyOrder(
                    CaseId.rule(orderId, "PAYMENT_TIMEOUT"), CaseId.rule(orderId, "ADDRESS_INCOMPLETE"),
                    CaseId.mark(orderId, "H-1"));
            assertThat(handling.trail(orderId).entries()).extracting(AuditEntry::action).containsExactlyInAnyOrder(
                    CaseAction.OPEN, CaseAction.OPEN, CaseAction.OPEN, OrderSignal.HELD);
            assertThat(flow.signals(orderId)).hasSize(1);
        }
        assertThat(marked).hasSize(2 * orders).allSatisfy(c -> assertThat(c.version()).isEqualTo(1));
    }

    /** A store whose case writes take a millisecond longer to return, like a remote database. */
    private record SlowStore(CaseStore delegate) implements CaseStore {
        @Override
        public java.util.Optional<ExceptionCase> find(CaseId id) {
            return delegate.find(id);
        }

        @Override
        public List<ExceptionCase> findByOrder(String orderId) {
            return delegate.findByOrder(orderId);
        }

        @Override
        public List<ExceptionCase> findOpen() {
            return delegate.findOpen();
        }

        @Override
        public void insert(ExceptionCase created, List<AuditEntry> entries) {
            delegate.insert(created, entries);
        }

        @Override
        public void update(ExceptionCase updated, List<AuditEntry> entries) {
            delegate.update(updated, entries);
            SlowOrderFlow.pause();
        }

        @Override
        public void append(String orderId, List<AuditEntry> entries) {
            delegate.append(orderId, entries);
        }

        @Override
        public List<AuditEntry> trail(String orderId) {
            return delegate.trail(orderId);
        }

        @Override
        public <T> T inOrder(String orderId, java.util.function.Supplier<T> work) {
            return delegate.inOrder(orderId, work);
        }

        @Override
        public void enqueue(List<Delivery> deliveries) {
            delegate.enqueue(deliveries);
        }

        @Override
        public List<Delivery> pending(String orderId) {
            return delegate.pending(orderId);
        }

        @Override
        public List<String> ordersWithPending(int limit) {
            return delegate.ordersWithPending(limit);
        }

        @Override
        public void delivered(String idempotencyKey, java.time.Instant at) {
            delegate.delivered(idempotencyKey, at);
        }

        @Override
        public void failed(String idempotencyKey) {
            delegate.failed(idempotencyKey);
        }
    }

    /** An order flow that answers after 2 milliseconds, like a remote ERP. */
    private record SlowOrderFlow(OrderFlow delegate) implements OrderFlow {
        private static void pause() {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void hold(String orderId, List<CaseId> blockingCases) {
            pause();
            delegate.hold(orderId, blockingCases);
        }

        @Override
        public void release(String orderId) {
            pause();
            delegate.release(orderId);
        }

        @Override
        public void cancel(String orderId, String reason, CaseId confirmedCase) {
            pause();
            delegate.cancel(orderId, reason, confirmedCase);
        }
    }

    /** Inclusive ranges of versions. */
    private static final class LongStreamRange {
        static List<Long> of(long from, long to) {
            return IntStream.rangeClosed((int) from, (int) to).mapToObj(Long::valueOf).toList();
        }
    }
}
