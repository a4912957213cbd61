package io.omsexception.facts;

import io.omsexception.model.ReferenceData;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The reference data prepared for look-ups, once per request instead of once per order: the
 * blacklisted phones normalised (digits only, without a +86/0086 prefix) and the blacklisted address
 * lines trimmed and the blacklisted customer ids, each in a hash set, so that an order's blacklist
 * checks cost the same with a million entries as with none. The sets are {@link HashSet}s, which
 * spread the strings' hash codes and chain collisions: blacklists are often runs of similar values
 * (numbers of one range, ids of one series), whose {@code String} hash codes are consecutive, and
 * the linear probing of {@link Set#copyOf} then walks long clusters on every miss (docs/performance.md,
 * run I). A large set also gets a Bloom filter in front ({@link StringLookup}), so that an order
 * that is on no list (nearly every order) reads a table that stays in the processor's cache.
 *
 * <p>Immutable and thread-safe: one index serves every order and thread of a request.
 */
public final class ReferenceIndex {
    private final ReferenceData reference;
    private final StringLookup phones;
    private final StringLookup addresses;
    private final StringLookup customerIds;

    private ReferenceIndex(ReferenceData reference) {
        this.reference = reference;
        Set<String> p = new HashSet<>();
        for (String entry : reference.blacklist().phones()) {
            String normalised = Text.normalisePhone(entry);
            if (normalised != null && !normalised.isEmpty()) {
                p.add(normalised);
            }
        }
        Set<String> a = new HashSet<>();
        for (String entry : reference.blacklist().addresses()) {
            a.add(entry.trim());
        }
        this.phones = new StringLookup(p);
        this.addresses = new StringLookup(a);
        this.customerIds = new StringLookup(new HashSet<>(reference.blacklist().customerIds()));
    }

    /**
     * @param reference the reference data, never null
     * @return its index; costs one pass over the blacklist
     */
    public static ReferenceIndex of(ReferenceData reference) {
        return new ReferenceIndex(Objects.requireNonNull(reference, "reference"));
    }

    /** @return the reference data this index was made from, never null */
    public ReferenceData reference() {
        return reference;
    }

    /**
     * @param normalisedPhone a phone in the normalised form, or null
     * @return whether a blacklisted phone has that normalised form; false for null or empty
     */
    boolean isPhoneBlacklisted(String normalisedPhone) {
        return normalisedPhone != null && !normalisedPhone.isEmpty() && phones.contains(normalisedPhone);
    }

    /**
     * @param detail an address detail line, or null
     * @return whether the trimmed line is a blacklisted address line; false for null
     */
    boolean isAddressBlacklisted(String detail) {
        return detail != null && addresses.contains(detail.trim());
    }

    /**
     * @param customerId a customer id, or null
     * @return whether the id, exactly as given, is a blacklisted customer id; false for null
     */
    boolean isCustomerBlacklisted(String customerId) {
        return customerId != null && customerIds.contains(customerId);
    }
}
