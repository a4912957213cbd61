package io.omsexception.facts;

import java.util.Set;

/**
 * A set of strings for many look-ups that mostly miss, as an order's blacklist checks do: a large
 * set gets a blocked Bloom filter in front (12 bits per entry, six bits set in one 64-byte block
 * per string), so that a miss reads one cache line of a table that stays in the processor's cache
 * instead of the hash set's buckets, nodes and strings spread over the heap; a possible hit is
 * answered by the set. A small set is asked directly. Immutable and thread-safe once built.
 */
final class StringLookup {
    /** Below this many entries the set stays in the cache by itself. */
    static final int FILTERED_FROM = 4_096;
    private static final int WORDS_PER_BLOCK = 8;

    private final Set<String> set;
    private final long[] filter;
    private final int blockMask;

    /** @param set the strings, never null; kept, not copied */
    StringLookup(Set<String> set) {
        this.set = set;
        if (set.size() < FILTERED_FROM) {
            this.filter = null;
            this.blockMask = 0;
            return;
        }
        long bits = (long) set.size() * 12;
        int blocks = Integer.highestOneBit((int) Math.min(1 << 26, Math.max(1, bits / 512)));
        blocks = blocks * 512L < bits ? blocks * 2 : blocks;
        this.filter = new long[blocks * WORDS_PER_BLOCK];
        this.blockMask = blocks - 1;
        for (String s : set) {
            long h = mix(s.hashCode());
            int base = block(h);
            long positions = positions(h);
            for (int i = 0; i < 6; i++) {
                int p = (int) (positions >>> (9 * i)) & 511;
                filter[base + (p >>> 6)] |= 1L << p;
            }
        }
    }

    /**
     * @param s a string, not null
     * @return whether the set holds it
     */
    boolean contains(String s) {
        if (filter != null) {
            long h = mix(s.hashCode());
            int base = block(h);
            long positions = positions(h);
            for (int i = 0; i < 6; i++) {
                int p = (int) (positions >>> (9 * i)) & 511;
                if ((filter[base + (p >>> 6)] & (1L << p)) == 0) {
                    return false;
                }
            }
        }
        return set.contains(s);
    }

    /** @return the number of strings */
    int size() {
        return set.size();
    }

    private int block(long h) {
        return ((int) (h >>> 32) & blockMask) * WORDS_PER_BLOCK;
    }

    private static long positions(long h) {
        return h * 0xC2B2AE3D27D4EB4FL;
    }

    /** The finaliser of MurmurHash3 (64 bit): similar strings' neighbouring hash codes land far apart. */
    private static long mix(int hashCode) {
        long x = hashCode;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return x;
    }
}
