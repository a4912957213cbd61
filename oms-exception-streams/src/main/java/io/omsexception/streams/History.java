package io.omsexception.streams;

import io.omsexception.model.Order;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One customer's orders as the stream saw them, the state kept per customer: each order of the
 * last {@link #RETENTION 90 days} (of the customer's own event time) once, by order id, with its
 * creation time, amount, whether it was refunded and its address fingerprint; and the watchlist
 * flag's span. What it counts is described in {@code docs/scale-out.md}, "Customer behaviour".
 *
 * <p>Mutable and not thread-safe: a stream task reads one from its store, updates it and writes it
 * back.
 */
final class History {
    /** How long an order is kept, counted back from the customer's latest order. */
    static final Duration RETENTION = Duration.ofDays(90);
    /** The sliding window of {@code ordersLast24h}, both ends included. */
    static final Duration DAY = Duration.ofHours(24);
    /** The window of {@code addressChangesLast30d}, both ends included. */
    static final Duration ADDRESS_WINDOW = Duration.ofDays(30);
    /** How long the watchlist flag stays set after the last order at which its rule held. */
    static final Duration WATCHLIST_SPAN = Duration.ofDays(90);
    /** The most orders kept per customer; the oldest go first. */
    static final int MAX_ORDERS = 1_000;

    /** One order as the stream saw it last. */
    static final class Entry {
        final String orderId;
        final long createdAt;
        BigDecimal amount;
        boolean refunded;
        int address;
        int amendments;

        Entry(String orderId, long createdAt, BigDecimal amount, boolean refunded, int address, int amendments) {
            this.orderId = orderId;
            this.createdAt = createdAt;
            this.amount = amount;
            this.refunded = refunded;
            this.address = address;
            this.amendments = amendments;
        }
    }

    final List<Entry> entries;
    long watchlistFrom;
    long watchlistUntil;

    History(List<Entry> entries, long watchlistFrom, long watchlistUntil) {
        this.entries = entries;
        this.watchlistFrom = watchlistFrom;
        this.watchlistUntil = watchlistUntil;
    }

    static History empty() {
        return new History(new ArrayList<>(), Long.MIN_VALUE, Long.MIN_VALUE);
    }

    /** @return the creation time of the customer's latest order, or Long.MIN_VALUE when none */
    long latest() {
        long latest = Long.MIN_VALUE;
        for (Entry e : entries) {
            latest = Math.max(latest, e.createdAt);
        }
        return latest;
    }

    /**
     * Records an order, or its newer version when it was seen before (same order id): the creation
     * time stays the first seen, the amount and refunds are the newer version's, and a different
     * known address counts as one amendment of that order.
     *
     * @param order the order, with a customer
     */
    void record(Order order) {
        long createdAt = order.createdAt().toInstant().toEpochMilli();
        int address = fingerprint(order.shippingAddress());
        boolean refunded = refunded(order);
        for (Entry e : entries) {
            if (e.orderId.equals(order.orderId())) {
                if (address != 0 && e.address != 0 && address != e.address) {
                    e.amendments++;
                }
                if (address != 0) {
                    e.address = address;
                }
                e.amount = order.totalAmount();
                e.refunded = refunded;
                return;
            }
        }
        entries.add(new Entry(order.orderId(), createdAt, order.totalAmount(), refunded, address, 0));
        prune();
    }

    /** Drops the orders older than {@link #RETENTION} before the latest, then the oldest beyond {@link #MAX_ORDERS}. */
    private void prune() {
        long cutoff = latest() - RETENTION.toMillis();
        entries.removeIf(e -> e.createdAt < cutoff);
        if (entries.size() > MAX_ORDERS) {
            entries.sort(ORDER);
            entries.subList(0, entries.size() - MAX_ORDERS).clear();
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingLong(e -> e.createdAt)
            .thenComparing(e -> e.orderId);

    /**
     * What the stream knows of the customer at one of its orders.
     *
     * @param orderId the order evaluated, {@link #record recorded} (and possibly dropped at once as too old)
     * @param at its creation time in epoch milliseconds
     * @param rule the watchlist rule's thresholds
     * @return the counts, with the watchlist flag; the flag's span is extended when its rule holds
     */
    Behaviour behaviourAt(String orderId, long at, WatchlistRule rule) {
        int day = 0;
        int earlier = 0;
        int refunded = 0;
        BigDecimal sum = BigDecimal.ZERO;
        int amounts = 0;
        long dayFrom = at - DAY.toMillis();
        long retainedFrom = at - RETENTION.toMillis();
        boolean kept = false;
        for (Entry e : entries) {
            kept |= e.orderId.equals(orderId);
            if (e.createdAt > at) {
                continue;
            }
            if (e.createdAt >= dayFrom) {
                day++;
            }
            if (!e.orderId.equals(orderId) && e.createdAt >= retainedFrom) {
                earlier++;
                if (e.refunded) {
                    refunded++;
                }
                if (e.amount != null) {
                    sum = sum.add(e.amount);
                    amounts++;
                }
            }
        }
        if (!kept) {
            day++; // an order too old to be kept still counts itself
        }
        int changes = addressChanges(at);
        BigDecimal average = amounts == 0 ? null : sum.divide(BigDecimal.valueOf(amounts), 2, RoundingMode.HALF_UP);
        boolean holds = rule.holds(earlier, refunded, changes);
        if (holds) {
            watchlistFrom = watchlistFrom == Long.MIN_VALUE ? at : Math.min(watchlistFrom, at);
            watchlistUntil = Math.max(watchlistUntil, at + WATCHLIST_SPAN.toMillis());
        }
        boolean watchlisted = holds || (watchlistFrom != Long.MIN_VALUE && at >= watchlistFrom && at <= watchlistUntil);
        return new Behaviour(day, changes, earlier, refunded, average, watchlisted);
    }

    /**
     * Address changes in the 30 days up to {@code at}: each order in the window whose known address
     * differs from the customer's previous order with a known address (which may be older than
     * the window), plus each amendment of an order in the window.
     */
    private int addressChanges(long at) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        long from = at - ADDRESS_WINDOW.toMillis();
        int changes = 0;
        int previous = 0;
        for (Entry e : sorted) {
            if (e.createdAt > at) {
                break;
            }
            boolean inWindow = e.createdAt >= from;
            if (inWindow) {
                changes += e.amendments;
            }
            if (e.address != 0) {
                if (inWindow && previous != 0 && previous != e.address) {
                    changes++;
                }
                previous = e.address;
            }
        }
        return changes;
    }

    /** @return whether the history has nothing left to say at stream time {@code now} */
    boolean expiredAt(long now) {
        return latest() < now - RETENTION.toMillis() && watchlistUntil < now;
    }

    /** An order is refunded when one of its refund requests is not rejected. */
    static boolean refunded(Order order) {
        for (Refund r : order.refunds()) {
            if (r.status() != RefundStatus.REJECTED) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a fingerprint of the address's province, city, district and detail (whitespace
     *     ignored); 0 (unknown) when one of them is missing or masked ({@code *})
     */
    static int fingerprint(ShippingAddress a) {
        if (a == null) {
            return 0;
        }
        String[] parts = {a.province(), a.city(), a.district(), a.detail()};
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank() || part.indexOf('*') >= 0) {
                return 0;
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (!asciiSpace(c)) {
                    s.append(c);
                }
            }
            s.append('\u0000');
        }
        int h = s.toString().hashCode();
        return h == 0 ? 1 : h;
    }

    /** @return whether {@code c} is what the regular expression {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
