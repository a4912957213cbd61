package io.omsexception;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An action as a pack's catalog declares it for a code ({@code actions.properties}, or
 * {@link RulePackBuilder#action}): a type and, per parameter, a value that is literal text with
 * placeholders bound when an order is evaluated:
 *
 * <ul>
 *   <li>{@code ${path}}: the finding's evidence at that path; {@code []} matches any index, the
 *       first match (in evidence order) wins, for example {@code ${shipments[].trackingNumber}};
 *   <li>{@code ${finding.lines}}, {@code ${finding.otherLines}} (the order's lines the finding
 *       is not about), {@code ${finding.skus}}, {@code ${finding.code}};
 *   <li>{@code ${order.orderId}}, {@code ${order.tier}};
 *   <li>alternatives, the first with a value wins: {@code ${shipment.carrier|shipments[].carrier}}.
 * </ul>
 *
 * <p>A value that is a single placeholder keeps the type of what it names (a list of lines, a
 * number); otherwise the text is joined. A placeholder with nothing to name (absent or null
 * evidence, no lines) leaves its parameter out, and an action that then lacks a required parameter
 * is left out of the finding: what the order cannot say is never invented.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the action type, never null
 * @param parameters the parameter values with their placeholders, by name, in declaration order
 */
public record ActionTemplate(ActionType type, Map<String, String> parameters) {

    /** Refuses nulls; copies the parameters keeping their order. */
    public ActionTemplate {
        Objects.requireNonNull(type, "type");
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(parameters, "parameters").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"),
                Objects.requireNonNull(v, () -> "parameters." + k)));
        parameters = Collections.unmodifiableMap(copy);
    }
}
