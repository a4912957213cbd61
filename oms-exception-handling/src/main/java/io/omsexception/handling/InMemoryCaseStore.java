package io.omsexception.handling;

import io.omsexception.Department;
import io.omsexception.model.InvalidFieldException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A complete {@link CaseStore} in memory: for tests, demos and hosts that keep cases only while
 * running. Each order's cases, trail and outbox are guarded by one monitor, so a case write and
 * its audit entries are atomic, and {@link #inOrder} holds that monitor for the whole unit (and
 * undoes the unit's writes when it throws); reads return immutable copies. Serialisation holds
 * within this JVM only, as does everything it stores.
 *
 * <p>Thread-safe.
 */
public final class InMemoryCaseStore implements CaseStore {
    private final ConcurrentHashMap<String, OrderBucket> orders = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<CaseId, ExceptionCase> open = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ThreadLocal<String> unit = new ThreadLocal<>();

    /** Creates an empty store. */
    public InMemoryCaseStore() {
    }

    @Override
    public Optional<ExceptionCase> find(CaseId id) {
        Args.required(id, "id");
        OrderBucket bucket = orders.get(id.orderId());
        if (bucket == null) {
            return Optional.empty();
        }
        synchronized (bucket) {
            return Optional.ofNullable(bucket.cases.get(id));
        }
    }

    @Override
    public List<ExceptionCase> findByOrder(String orderId) {
        Args.text(orderId, "orderId");
        OrderBucket bucket = orders.get(orderId);
        if (bucket == null) {
            return List.of();
        }
        synchronized (bucket) {
            return List.copyOf(bucket.cases.values());
        }
    }

    @Override
    public List<ExceptionCase> findOpen() {
        return List.copyOf(open.values());
    }

    @Override
    public List<ExceptionCase> findOpen(Department department) {
        Args.required(department, "department");
        return open.values().stream().filter(c -> c.department() == department).toList();
    }

    @Override
    public void insert(ExceptionCase created, List<AuditEntry> entries) {
        Args.required(created, "created");
        List<AuditEntry> copy = checkEntries(created.orderId(), entries, true);
        if (created.version() != 1) {
            throw new InvalidFieldException("created.version", "must be 1 but was " + created.version());
        }
        OrderBucket bucket = orders.computeIfAbsent(created.orderId(), k -> new OrderBucket());
        synchronized (bucket) {
            ExceptionCase current = bucket.cases.get(created.id());
            if (current != null) {
                throw new CaseConflictException(created.id(), 0, current.version());
            }
            bucket.cases.put(created.id(), created);
            bucket.trail.addAll(copy);
            index(created);
        }
    }

    @Override
    public void update(ExceptionCase updated, List<AuditEntry> entries) {
        Args.required(updated, "updated");
        List<AuditEntry> copy = checkEntries(updated.orderId(), entries, true);
        if (updated.version() < 2) {
            throw new InvalidFieldException("updated.version", "must be at least 2 but was " + updated.version());
        }
        long expected = updated.version() - 1;
        OrderBucket bucket = orders.get(updated.orderId());
        if (bucket == null) {
            throw new CaseConflictException(updated.id(), expected, 0);
        }
        synchronized (bucket) {
            ExceptionCase current = bucket.cases.get(updated.id());
            long actual = current == null ? 0 : current.version();
            if (actual != expected) {
                throw new CaseConflictException(updated.id(), expected, actual);
            }
            bucket.cases.put(updated.id(), updated);
            bucket.trail.addAll(copy);
            index(updated);
        }
    }

    @Override
    public void append(String orderId, List<AuditEntry> entries) {
        Args.text(orderId, "orderId");
        List<AuditEntry> copy = checkEntries(orderId, entries, false);
        OrderBucket bucket = orders.computeIfAbsent(orderId, k -> new OrderBucket());
        synchronized (bucket) {
            bucket.trail.addAll(copy);
        }
    }

    @Override
    public List<AuditEntry> trail(String orderId) {
        Args.text(orderId, "orderId");
        OrderBucket bucket = orders.get(orderId);
        if (bucket == null) {
            return List.of();
        }
        synchronized (bucket) {
            return List.copyOf(bucket.trail);
        }
    }

    private void index(ExceptionCase c) {
        if (c.isOpen()) {
            open.put(c.id(), c);
        } else {
            open.remove(c.id());
        }
    }

    private static List<AuditEntry> checkEntries(String orderId, List<AuditEntry> entries, boolean required) {
        List<AuditEntry> copy = List.copyOf(Args.required(entries, "entries"));
        if (required && copy.isEmpty()) {
            throw new InvalidFieldException("entries", "must not be empty");
        }
        for (int i = 0; i < copy.size(); i++) {
            if (!copy.get(i).orderId().equals(orderId)) {
                throw new InvalidFieldException("entries[" + i + "].orderId",
                        "must be " + orderId + " but was " + copy.get(i).orderId());
            }
        }
        return copy;
    }

    @Override
    public <T> T inOrder(String orderId, Supplier<T> work) {
        Args.text(orderId, "orderId");
        Args.required(work, "work");
        String current = unit.get();
        if (current != null && !current.equals(orderId)) {
            throw new IllegalStateException("a unit of order " + current + " cannot enter one of order " + orderId);
        }
        OrderBucket bucket = orders.computeIfAbsent(orderId, k -> new OrderBucket());
        synchronized (bucket) {
            if (current != null) {
                return work.get();
            }
            Map<CaseId, ExceptionCase> cases = new LinkedHashMap<>(bucket.cases);
            int trailSize = bucket.trail.size();
            Map<String, Pending> outbox = new LinkedHashMap<>(bucket.outbox);
            unit.set(orderId);
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                bucket.outbox.keySet().stream().filter(k -> !outbox.containsKey(k)).forEach(k -> keys.remove(k));
                bucket.cases.values().forEach(c -> open.remove(c.id()));
                bucket.cases.clear();
                bucket.cases.putAll(cases);
                bucket.cases.values().forEach(this::index);
                bucket.trail.subList(trailSize, bucket.trail.size()).clear();
                bucket.outbox.clear();
                bucket.outbox.putAll(outbox);
                throw e;
            } finally {
                unit.remove();
            }
        }
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        for (Delivery d : List.copyOf(Args.required(deliveries, "deliveries"))) {
            OrderBucket bucket = orders.computeIfAbsent(d.orderId(), k -> new OrderBucket());
            synchronized (bucket) {
                if (keys.putIfAbsent(d.idempotencyKey(), d.orderId()) == null) {
                    bucket.outbox.put(d.idempotencyKey(), new Pending(d, sequence.incrementAndGet()));
                }
            }
        }
    }

    @Override
    public List<Delivery> pending(String orderId) {
        Args.text(orderId, "orderId");
        OrderBucket bucket = orders.get(orderId);
        if (bucket == null) {
            return List.of();
        }
        synchronized (bucket) {
            return bucket.outbox.values().stream().map(Pending::delivery).toList();
        }
    }

    @Override
    public List<String> ordersWithPending(int limit) {
        if (limit < 1) {
            throw new InvalidFieldException("limit", "must be at least 1 but was " + limit);
        }
        List<Map.Entry<String, Long>> oldest = new ArrayList<>();
        orders.forEach((orderId, bucket) -> {
            synchronized (bucket) {
                bucket.outbox.values().stream().mapToLong(Pending::sequence).min()
                        .ifPresent(seq -> oldest.add(Map.entry(orderId, seq)));
            }
        });
        return oldest.stream().sorted(Map.Entry.comparingByValue()).limit(limit).map(Map.Entry::getKey).toList();
    }

    @Override
    public void delivered(String idempotencyKey, Instant at) {
        Args.text(idempotencyKey, "idempotencyKey");
        Args.required(at, "at");
        forKey(idempotencyKey, (bucket, p) -> bucket.outbox.remove(idempotencyKey));
    }

    @Override
    public void failed(String idempotencyKey) {
        Args.text(idempotencyKey, "idempotencyKey");
        forKey(idempotencyKey, (bucket, p) -> bucket.outbox.put(idempotencyKey,
                new Pending(p.delivery().withAttempts(p.delivery().attempts() + 1), p.sequence())));
    }

    private void forKey(String key, BiConsumer<OrderBucket, Pending> change) {
        String orderId = keys.get(key);
        OrderBucket bucket = orderId == null ? null : orders.get(orderId);
        if (bucket == null) {
            return;
        }
        synchronized (bucket) {
            Pending p = bucket.outbox.get(key);
            if (p != null) {
                change.accept(bucket, p);
            }
        }
    }

    private record Pending(Delivery delivery, long sequence) {
    }

    private static final class OrderBucket {
        final Map<CaseId, ExceptionCase> cases = new LinkedHashMap<>();
        final List<AuditEntry> trail = new ArrayList<>();
        final Map<String, Pending> outbox = new LinkedHashMap<>();
    }
}

