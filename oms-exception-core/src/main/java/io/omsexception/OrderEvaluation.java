package io.omsexception;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating one order: its findings, sorted by priority, then blocking before
 * advisory, then code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order's id
 * @param blocking whether fulfilment must stop: some finding is blocking
 * @param findings the findings in result order, never null, empty when the order is clean
 */
public record OrderEvaluation(String orderId, boolean blocking, List<Finding> findings) {

    /** Refuses nulls and copies the findings. */
    public OrderEvaluation {
        Objects.requireNonNull(orderId, "orderId");
        findings = List.copyOf(findings);
    }

    /** @return whether no exception was found */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** @return the codes of the findings, in result order */
    public List<String> codes() {
        return findings.stream().map(Finding::code).toList();
    }

    /**
     * @param code a code
     * @return the finding with that code, if raised
     */
    public Optional<Finding> finding(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
