package io.omsexception.handling;

import io.omsexception.Action;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;

/**
 * One action to carry out, as the outbox holds it: the action of a case's finding with its
 * parameters, and what the host needs to route it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey one key per case and action type, the same on every attempt, for example
 *     {@code SO-1/PARCEL_STRANDED/CHASE_CARRIER}; not blank
 * @param caseId the case whose finding carries the action, never null
 * @param code the case's code, not blank
 * @param action the action with its parameters, never null
 * @param customerTier the customer's tier when the case opened; null when unknown
 * @param channel the order's sales channel; null when unknown
 * @param decidedBy {@value ExceptionHandling#SYSTEM} for a policy's AUTO, otherwise the person who
 *     approved a proposal; not blank
 */
public record ActionRequest(String idempotencyKey, CaseId caseId, String code, Action action,
        CustomerTier customerTier, String channel, String decidedBy) {

    /**
     * Validates the parts.
     *
     * @throws InvalidFieldException naming the offending part
     */
    public ActionRequest {
        Args.text(idempotencyKey, "idempotencyKey");
        Args.required(caseId, "caseId");
        Args.text(code, "code");
        Args.required(action, "action");
        Args.text(decidedBy, "decidedBy");
        channel = Args.optionalText(channel);
    }

    /**
     * @param caseId a case
     * @param action an action of its finding
     * @return the idempotency key of that action of that case
     */
    public static String key(CaseId caseId, Action action) {
        return caseId + "/" + action.type().name();
    }
}
