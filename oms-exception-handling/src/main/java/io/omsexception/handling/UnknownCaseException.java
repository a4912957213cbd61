package io.omsexception.handling;

import java.util.NoSuchElementException;

/**
 * An action named a case that does not exist, for example {@code case SO-1/mark:H-9: no such case}.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnknownCaseException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    private final transient CaseId caseId;

    /** @param caseId the case that was not found, never null */
    public UnknownCaseException(CaseId caseId) {
        super("case " + Args.required(caseId, "caseId") + ": no such case");
        this.caseId = caseId;
    }

    /** @return the case that was not found, never null */
    public CaseId caseId() {
        return caseId;
    }
}
