package io.omsexception;

import java.util.regex.Pattern;

/** Validates the names of the open value types {@link Category} and {@link Department}. */
final class OpenName {
    /** Upper snake case, at most 64 characters: {@code FINANCE}, {@code LEGAL}, {@code CROSS_BORDER}. */
    private static final Pattern NAME = Pattern.compile("(?=.{1,64}$)[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private OpenName() {
    }

    /**
     * @param name the candidate name
     * @param example a valid name for the message
     * @return the name
     * @throws NullPointerException when the name is null
     * @throws IllegalArgumentException when it is not upper snake case of at most 64 characters
     */
    static String check(String name, String example) {
        if (name == null) {
            throw new NullPointerException("name");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("must be upper snake case of at most 64 characters, for example "
                    + example + ", but was '" + name + "'");
        }
        return name;
    }
}
