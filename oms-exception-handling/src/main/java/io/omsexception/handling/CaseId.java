package io.omsexception.handling;

import io.omsexception.UpperSnakeCase;
import io.omsexception.model.InvalidFieldException;
import java.util.regex.Pattern;

/**
 * Identifies a case: a rule case by order and finding code, a manual mark by order and the
 * host-chosen handle. The text form is {@code SO-1/PAYMENT_TIMEOUT} for a rule case and
 * {@code SO-1/mark:H-7} for a mark; {@link #parse} reads it back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order's id, not blank
 * @param kind whether the case is a rule case or a mark, never null
 * @param key the finding code (upper snake case) or the mark's handle (1 to 64 of
 *     {@code A-Z a-z 0-9 . _ : -})
 */
public record CaseId(String orderId, CaseKind kind, String key) {
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String MARK_PREFIX = "mark:";

    /**
     * Validates the parts.
     *
     * @throws InvalidFieldException naming {@code orderId}, {@code kind} or {@code key}
     */
    public CaseId {
        Args.text(orderId, "orderId");
        Args.required(kind, "kind");
        Args.text(key, "key");
        if (kind == CaseKind.RULE && !UpperSnakeCase.matches(key)) {
            throw new InvalidFieldException("key", "must be an upper snake case code but was '" + key + "'");
        }
        if (kind == CaseKind.MARK) {
            checkHandle(key, "key");
        }
    }

    static String checkHandle(String handle, String name) {
        Args.text(handle, name);
        if (!HANDLE.matcher(handle).matches()) {
            throw new InvalidFieldException(name, "must be 1 to 64 of A-Z a-z 0-9 . _ : - but was '" + handle + "'");
        }
        return handle;
    }

    /**
     * @param orderId the order's id
     * @param code the finding's code
     * @return the id of the rule case for that order and code
     */
    public static CaseId rule(String orderId, String code) {
        return new CaseId(orderId, CaseKind.RULE, code);
    }

    /**
     * @param orderId the order's id
     * @param handle the host-chosen handle of the mark
     * @return the id of the mark with that handle on that order
     */
    public static CaseId mark(String orderId, String handle) {
        return new CaseId(orderId, CaseKind.MARK, handle);
    }

    /**
     * Reads the text form back: the order id is everything before the last {@code /}.
     *
     * @param text {@code ORDER/CODE} or {@code ORDER/mark:HANDLE}
     * @return the id
     * @throws InvalidFieldException naming {@code caseId} when the text has no {@code /}, or the
     *     part that is invalid
     */
    public static CaseId parse(String text) {
        Args.text(text, "caseId");
        int slash = text.lastIndexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new InvalidFieldException("caseId", "must be ORDER/CODE or ORDER/mark:HANDLE but was '" + text + "'");
        }
        String orderId = text.substring(0, slash);
        String rest = text.substring(slash + 1);
        return rest.startsWith(MARK_PREFIX)
                ? mark(orderId, rest.substring(MARK_PREFIX.length()))
                : rule(orderId, rest);
    }

    /** @return the text form, for example {@code SO-1/PAYMENT_TIMEOUT} or {@code SO-1/mark:H-7} */
    @Override
    public String toString() {
        return orderId + "/" + (kind == CaseKind.MARK ? MARK_PREFIX : "") + key;
    }
}
