package io.omsexception.testkit;

import io.omsexception.OrderError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the assertions share: argument checks, the comparison of evidence values and how values
 * are written in failure messages. Stateless.
 */
final class Values {

    private Values() {
    }

    /**
     * @param name the argument's name, for messages
     * @param values the arguments of a varargs assertion
     * @param atLeastOne whether an empty array is refused
     * @return the values as an immutable list
     * @throws NullPointerException when the array or one of its values is null
     * @throws IllegalArgumentException when the array is empty and at least one value is needed
     */
    static <T> List<T> arguments(String name, T[] values, boolean atLeastOne) {
        Objects.requireNonNull(values, () -> name + ": must not be null");
        if (atLeastOne && values.length == 0) {
            throw new IllegalArgumentException(name + ": give at least one");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(name + "[" + i + "]: must not be null");
            }
        }
        return List.of(values);
    }

    /**
     * @param name the argument's name, for messages
     * @param value an argument
     * @return the value
     * @throws NullPointerException when it is null
     */
    static <T> T argument(String name, T value) {
        return Objects.requireNonNull(value, () -> name + ": must not be null");
    }

    /**
     * Whether an evidence value is the one expected: numbers by value whatever their type
     * ({@code 30} matches {@code 30.00} and {@code 30L}), lists element by element in the same way,
     * anything else by {@link Objects#equals}.
     *
     * @param expected the value expected, may be null
     * @param actual the value found, may be null
     * @return whether they match
     */
    static boolean sameValue(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return sameNumber(e, a);
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!sameValue(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(expected, actual);
    }

    private static boolean sameNumber(Number expected, Number actual) {
        BigDecimal e = decimal(expected);
        BigDecimal a = decimal(actual);
        if (e == null || a == null) {
            return Double.compare(expected.doubleValue(), actual.doubleValue()) == 0;
        }
        return e.compareTo(a) == 0;
    }

    /** @return the number as a decimal, or null for NaN, an infinity or a number of unknown form */
    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof AtomicLong || n instanceof AtomicInteger) {
            return BigDecimal.valueOf(n.longValue());
        }
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            return null;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param value an evidence value or an argument, may be null
     * @return how a message shows it: strings in double quotes, decimals in plain notation, lists
     *     as {@code [a, b]} of their elements shown the same way
     */
    static String describe(Object value) {
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>(c.size());
            for (Object o : c) {
                parts.add(describe(o));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(value);
    }

    /**
     * @param error an error of a batch
     * @return for example {@code index 2 (order SO-3): lines[0].quantity must be greater than 0}
     */
    static String describe(OrderError error) {
        return subject(error) + ": " + (error.field().isEmpty() ? "" : error.field() + " ") + error.message();
    }

    /** @return {@code index 2 (order SO-3)}, or {@code index 2} when the error has no order id */
    static String subject(OrderError error) {
        return "index " + error.index() + (error.orderId() == null ? "" : " (order " + error.orderId() + ")");
    }

    /**
     * @param errors errors of a batch
     * @return each {@linkplain #describe(OrderError) described}, separated by {@code "; "}
     */
    static String describeErrors(List<OrderError> errors) {
        return errors.stream().map(Values::describe).collect(Collectors.joining("; "));
    }

    /**
     * @param count a count
     * @param singular the noun, made plural by an {@code s}
     * @return for example {@code 1 error} or {@code 2 errors}
     */
    static String countOf(int count, String singular) {
        return count + " " + singular + (count == 1 ? "" : "s");
    }

    /**
     * @param noun the noun, for example {@code code}
     * @param values one or more values
     * @return {@code code A} for one value, {@code codes [A, B]} for several
     */
    static String oneOrMany(String noun, List<?> values) {
        return values.size() == 1 ? noun + " " + values.get(0) : noun + "s " + values;
    }
}
