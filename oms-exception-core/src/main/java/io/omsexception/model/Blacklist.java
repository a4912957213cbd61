package io.omsexception.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The host's blacklist: customer ids, phones and address lines that must be looked at before
 * shipping. Phones are matched after normalisation (digits only, without a +86/0086 prefix),
 * address lines after trimming.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerIds blacklisted customer ids, never null
 * @param phones blacklisted phones as given, never null
 * @param addresses blacklisted address detail lines as given, never null
 */
public record Blacklist(Set<String> customerIds, Set<String> phones, Set<String> addresses) {

    /** The empty blacklist. */
    public static final Blacklist EMPTY = new Blacklist(Set.of(), Set.of(), Set.of());

    /** Copies the sets; null becomes empty; null entries and entries that are not valid Unicode are refused. */
    public Blacklist {
        customerIds = copy(customerIds, "customerIds");
        phones = copy(phones, "phones");
        addresses = copy(addresses, "addresses");
    }

    /**
     * @param customerIds blacklisted customer ids, or null
     * @param phones blacklisted phones, or null
     * @param addresses blacklisted address detail lines, or null
     * @return the blacklist
     * @throws InvalidFieldException naming the list and position of a null entry
     */
    public static Blacklist of(Collection<String> customerIds, Collection<String> phones, Collection<String> addresses) {
        return new Blacklist(copy(customerIds, "customerIds"), copy(phones, "phones"), copy(addresses, "addresses"));
    }

    private static Set<String> copy(Collection<String> values, String field) {
        if (values == null) {
            return Set.of();
        }
        Set<String> copy = new LinkedHashSet<>();
        int i = 0;
        for (String value : values) {
            if (value == null) {
                throw new InvalidFieldException(field + "[" + i + "]", "must not be null");
            }
            Checks.text(value, field + "[" + i + "]");
            copy.add(value);
            i++;
        }
        return Set.copyOf(copy);
    }
}
