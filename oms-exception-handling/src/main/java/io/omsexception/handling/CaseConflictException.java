package io.omsexception.handling;

import java.util.ConcurrentModificationException;

/**
 * A change was derived from a version of a case that is no longer current: somebody else changed
 * (or opened) the case in between. The change was not applied and nothing else was lost; reload
 * the case and decide again. Version 0 stands for "no case".
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseConflictException extends ConcurrentModificationException {
    private static final long serialVersionUID = 1L;

    private final transient CaseId caseId;
    /** The version the change was derived from. */
    private final long expectedVersion;
    /** The version found. */
    private final long actualVersion;

    /**
     * @param caseId the case, never null
     * @param expectedVersion the version the change was derived from; 0 when it expected no case
     * @param actualVersion the version found; 0 when there was no case
     */
    public CaseConflictException(CaseId caseId, long expectedVersion, long actualVersion) {
        super("case " + Args.required(caseId, "caseId") + ": expected " + describe(expectedVersion)
                + " but found " + describe(actualVersion) + " (changed concurrently); reload it and retry");
        this.caseId = caseId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String describe(long version) {
        return version == 0 ? "no case" : "version " + version;
    }

    /** @return the case, never null */
    public CaseId caseId() {
        return caseId;
    }

    /** @return the version the change was derived from; 0 when it expected no case */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version found; 0 when there was no case */
    public long actualVersion() {
        return actualVersion;
    }
}
