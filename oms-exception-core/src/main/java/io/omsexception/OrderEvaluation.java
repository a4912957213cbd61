package io.omsexception;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating one order: its findings, sorted by priority, then blocking before
 * advisory, then code, and the version of the rules that produced them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order's id
 * @param blocking whether fulfilment must stop: some finding is blocking
 * @param findings the findings in result order, never null, empty when the order is clean
 * @param rulesVersion the version of the engine's rules that produced the result
 *     ({@link OrderExceptionEngine#rulesVersion()}: the pack names and a digest of their files and
 *     parameter values, for example {@code payment+address@3f2a9c01b7de}); every result of an
 *     engine carries it; null only for a result made by hand, without an engine
 */
public record OrderEvaluation(String orderId, boolean blocking, List<Finding> findings, String rulesVersion) {

    /** Refuses a null id or findings and copies the findings. */
    public OrderEvaluation {
        Objects.requireNonNull(orderId, "orderId");
        findings = List.copyOf(findings);
    }

    /**
     * A result made by hand (in a test, say), without a rules version.
     *
     * @param orderId the order's id, never null
     * @param blocking whether some finding is blocking
     * @param findings the findings in result order, never null
     */
    public OrderEvaluation(String orderId, boolean blocking, List<Finding> findings) {
        this(orderId, blocking, findings, null);
    }

    /**
     * @param version the rules version, null for none
     * @return this result stamped with that version; this one is unchanged
     */
    public OrderEvaluation withRulesVersion(String version) {
        return Objects.equals(version, rulesVersion) ? this : new OrderEvaluation(orderId, blocking, findings, version);
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
