package io.omsexception.handling;

import io.omsexception.ActionType;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The policy file format: one rule a line, {@code DECISION TYPE key=value...}, {@code *} for
 * every type; {@code otherwise DECISION} once; {@code #} starts a comment. Strict: anything it
 * does not know is refused naming {@code source:line}. Stateless and thread-safe.
 */
final class PolicyFile {
    static final List<String> KEYS = List.of("code", "tier", "channel", "amountBelow");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private PolicyFile() {
    }

    static ActionPolicies parse(String text, String source) {
        ActionPolicies.Builder b = ActionPolicies.builder();
        boolean otherwiseGiven = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = source + ":" + (i + 1);
            String line = lines[i];
            int hash = line.indexOf('#');
            String[] tokens = (hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+");
            if (tokens.length == 1 && tokens[0].isEmpty()) {
                continue;
            }
            if (tokens[0].equals("otherwise")) {
                if (tokens.length != 2) {
                    throw new InvalidFieldException(where, "write 'otherwise AUTO', 'otherwise PROPOSE' or 'otherwise NEVER'");
                }
                if (otherwiseGiven) {
                    throw new InvalidFieldException(where, "otherwise is given twice");
                }
                b.otherwise(decision(tokens[1], where));
                otherwiseGiven = true;
                continue;
            }
            if (tokens.length < 2) {
                throw new InvalidFieldException(where, "a rule is DECISION TYPE [key=value...], for example"
                        + " 'AUTO CHASE_CARRIER code=PARCEL_STRANDED', but was '" + line.strip() + "'");
            }
            ActionDecision decision = decision(tokens[0], where);
            ActionType type = null;
            if (!tokens[1].equals("*")) {
                if (!NAME.matcher(tokens[1]).matches()) {
                    throw new InvalidFieldException(where, "the action type must be upper snake case, for example"
                            + " CHASE_CARRIER, or * for every type, but was '" + tokens[1] + "'");
                }
                type = ActionType.of(tokens[1]);
            }
            ActionPolicies.Rule rule = ActionPolicies.Rule.of(decision, type);
            Set<String> seen = new LinkedHashSet<>();
            for (String token : Arrays.asList(tokens).subList(2, tokens.length)) {
                int eq = token.indexOf('=');
                String key = eq < 0 ? token : token.substring(0, eq);
                if (eq < 0 || !KEYS.contains(key)) {
                    throw new InvalidFieldException(where, "unknown key '" + key + "'; use " + String.join(", ", KEYS));
                }
                if (!seen.add(key)) {
                    throw new InvalidFieldException(where, key + " is given twice");
                }
                String[] values = token.substring(eq + 1).split(",", -1);
                if (Arrays.stream(values).anyMatch(String::isEmpty)) {
                    throw new InvalidFieldException(where, key + ": needs values, comma-separated, but was '"
                            + token.substring(eq + 1) + "'");
                }
                rule = switch (key) {
                    case "code" -> rule.codes(codes(values, where));
                    case "tier" -> rule.tiers(tiers(values, where));
                    case "channel" -> rule.channels(values);
                    default -> rule.amountBelow(amount(values, where));
                };
            }
            b.rule(rule);
        }
        return b.build();
    }

    private static ActionDecision decision(String text, String where) {
        try {
            return ActionDecision.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(where, "the decision must be AUTO, PROPOSE or NEVER but was '" + text + "'");
        }
    }

    private static String[] codes(String[] values, String where) {
        for (String v : values) {
            if (!NAME.matcher(v).matches()) {
                throw new InvalidFieldException(where, "code: must be codes, upper snake case, but was '" + v + "'");
            }
        }
        return values;
    }

    private static CustomerTier[] tiers(String[] values, String where) {
        List<CustomerTier> tiers = new ArrayList<>();
        for (String v : values) {
            try {
                tiers.add(CustomerTier.valueOf(v));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(where, "tier: must be NEW, REGULAR or VIP but was '" + v + "'");
            }
        }
        return tiers.toArray(CustomerTier[]::new);
    }

    private static BigDecimal amount(String[] values, String where) {
        if (values.length != 1) {
            throw new InvalidFieldException(where, "amountBelow: one amount, for example 100");
        }
        try {
            BigDecimal limit = new BigDecimal(values[0]);
            if (limit.signum() <= 0) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(where, "amountBelow: must be a positive amount, for example 100, but was '"
                    + values[0] + "'");
        }
    }
}
