package io.omsexception;

import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;

/**
 * What the open value types {@link Category}, {@link Department} and {@link ActionType} share: an upper snake case
 * name, a display name per language, whether it is one of the standard values, and interning, so
 * that one name is one instance. Sealed: only those three types are open names.
 *
 * <p>Immutable and thread-safe.
 */
public abstract sealed class OpenName permits Category, Department, ActionType {
    private final String name;
    private final LocalizedText displayName;
    private final boolean standard;

    OpenName(String name, LocalizedText displayName, boolean standard) {
        this.name = name;
        this.displayName = displayName;
        this.standard = standard;
    }

    /**
     * @param known the interned values of one type, standard ones included
     * @param name the candidate name
     * @param example a valid name for the message
     * @param create makes a host value from its name and its display name
     * @return the value of that name, made and interned when new
     * @throws NullPointerException when the name is null
     * @throws IllegalArgumentException when it is not upper snake case of at most 64 characters
     */
    static <T extends OpenName> T intern(ConcurrentMap<String, T> known, String name, String example,
            BiFunction<String, LocalizedText, T> create) {
        T found = known.get(Objects.requireNonNull(name, "name"));
        if (found != null) {
            return found;
        }
        if (!UpperSnakeCase.matches(name)) {
            throw new IllegalArgumentException("must be upper snake case of at most 64 characters, for example "
                    + example + ", but was '" + name + "'");
        }
        return known.computeIfAbsent(name, n -> create.apply(n, new LocalizedText(n, n)));
    }

    /** @return the name, for example {@code FINANCE} or {@code PAYMENT}; never null */
    public final String name() {
        return name;
    }

    /**
     * @return the name to show people: for example 财务 / Finance for a standard value; a host
     *     value's name in every language
     */
    public final LocalizedText displayName() {
        return displayName;
    }

    /** @return whether this is one of the standard values of its type (six categories, six departments, eight action types) */
    public final boolean isStandard() {
        return standard;
    }

    /** Two values are equal when they are of one type and their names are (interned instances are also identical). */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenName) o).name.equals(name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    /** @return the name */
    @Override
    public final String toString() {
        return name;
    }
}
