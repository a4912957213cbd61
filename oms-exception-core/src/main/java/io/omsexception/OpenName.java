package io.omsexception;


/** Validates the names of the open value types {@link Category} and {@link Department}. */
final class OpenName {
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
        if (!UpperSnakeCase.matches(name)) {
            throw new IllegalArgumentException("must be upper snake case of at most 64 characters, for example "
                    + example + ", but was '" + name + "'");
        }
        return name;
    }
}
