package io.omsexception;

import java.util.List;

/**
 * A rule pack cannot be used: a DRL syntax or type error, an unknown or foreign code, a missing
 * or invalid catalog entry or text, an unknown parameter. The message lists every problem, one
 * per line, as {@code file:line:column message} or {@code file: key: message} where a position is
 * known.
 *
 * <p>Immutable and thread-safe.
 */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems the problems, one line each, at least one */
    public RulePackException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the rule packs:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, one line each, in the order found */
    public List<String> problems() {
        return problems;
    }
}
