package io.omsexception.json;

/**
 * The check of the public methods of this module on their arguments: a null where a value is
 * required is a mistake of the calling program, not bad input, so it is an
 * {@link IllegalArgumentException} naming the argument ({@code json must not be null}), never a
 * bare {@link NullPointerException} and never an {@link io.omsexception.InvalidInputException}.
 * Stateless and thread-safe.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * @param <T> the argument's type
     * @param value the argument
     * @param name its name in the method's signature
     * @return the argument
     * @throws IllegalArgumentException {@code <name> must not be null}
     */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
