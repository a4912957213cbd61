package io.omsexception.handling;

import io.omsexception.Action;
import io.omsexception.ActionType;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A host's automation policy: per action type and code, whether an action of a finding runs by
 * itself ({@link ActionDecision#AUTO}), is proposed to staff ({@link ActionDecision#PROPOSE}) or
 * never runs ({@link ActionDecision#NEVER}), with conditions on the customer's tier, the sales
 * channel and the action's amount. The rules are tried in order and the first that matches
 * decides; an action no rule matches gets the {@linkplain #otherwise() fallback} (NEVER unless
 * set). Written as a file ({@link #read(Path)}, format in {@code docs/actions.md}):
 *
 * <pre>
 * otherwise PROPOSE
 * AUTO    CHASE_CARRIER   code=PARCEL_STRANDED,DELIVERY_OVERDUE
 * AUTO    APPROVE_REFUND  code=REFUND_AUTO_APPROVE,REFUND_RETURN_RECEIVED amountBelow=100
 * NEVER   CANCEL_LINES
 * </pre>
 *
 * <p>or in code with {@link #builder()}. Immutable and thread-safe.
 */
public final class ActionPolicies {
    private static final ActionPolicies NONE = new ActionPolicies(List.of(), ActionDecision.NEVER);

    private final List<Rule> rules;
    private final ActionDecision otherwise;

    private ActionPolicies(List<Rule> rules, ActionDecision otherwise) {
        this.rules = List.copyOf(rules);
        this.otherwise = otherwise;
    }

    /** @return the policy that runs and proposes nothing: every action is NEVER */
    public static ActionPolicies none() {
        return NONE;
    }

    /** @return a new builder; thread-confined */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a policy file, UTF-8.
     *
     * @param file the file, never null
     * @return the policy
     * @throws InvalidFieldException naming {@code file:line} and what is wrong
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ActionPolicies read(Path file) {
        Args.required(file, "file");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("policy file " + file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param text a policy in the file format, never null
     * @param source its name in messages, for example the file's path
     * @return the policy
     * @throws InvalidFieldException naming {@code source:line} and what is wrong
     */
    public static ActionPolicies parse(String text, String source) {
        return PolicyFile.parse(Args.required(text, "text"), Args.text(source, "source"));
    }

    /**
     * @param exceptionCase the case whose finding carries the action, never null
     * @param action the action, never null
     * @return what the first matching rule decides, or the fallback
     */
    public ActionDecision decide(ExceptionCase exceptionCase, Action action) {
        Args.required(exceptionCase, "exceptionCase");
        Args.required(action, "action");
        for (Rule r : rules) {
            if (r.matches(exceptionCase, action)) {
                return r.decision();
            }
        }
        return otherwise;
    }

    /** @return the rules, in the order they are tried */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the decision when no rule matches */
    public ActionDecision otherwise() {
        return otherwise;
    }

    /**
     * One rule: a decision for an action type (or every type) when all its conditions hold. An
     * empty set is no condition.
     *
     * <p>Immutable and thread-safe.
     *
     * @param decision what it decides, never null
     * @param type the action type it is about; null for every type
     * @param codes the codes it is about; empty for every code
     * @param tiers the customer tiers it is about; empty for every tier (an unknown tier matches only no condition)
     * @param channels the sales channels it is about; empty for every channel
     * @param amountBelow when set, only actions whose {@code amount} parameter is strictly below it
     *     (an action without an amount does not match); null for no limit
     */
    public record Rule(ActionDecision decision, ActionType type, Set<String> codes, Set<CustomerTier> tiers,
            Set<String> channels, BigDecimal amountBelow) {

        /** Refuses a null decision; null sets are empty; copies the sets. */
        public Rule {
            Args.required(decision, "decision");
            codes = codes == null ? Set.of() : Set.copyOf(codes);
            tiers = tiers == null || tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
            channels = channels == null ? Set.of() : Set.copyOf(channels);
        }

        /**
         * @param decision what it decides
         * @param type the action type, or null for every type
         * @return a rule without conditions
         */
        public static Rule of(ActionDecision decision, ActionType type) {
            return new Rule(decision, type, null, null, null, null);
        }

        /**
         * @param values the codes, at least one
         * @return this rule about those codes only
         */
        public Rule codes(String... values) {
            return new Rule(decision, type, Set.of(values), tiers, channels, amountBelow);
        }

        /**
         * @param values the tiers, at least one
         * @return this rule for those customer tiers only
         */
        public Rule tiers(CustomerTier... values) {
            return new Rule(decision, type, codes, Set.of(values), channels, amountBelow);
        }

        /**
         * @param values the sales channels, at least one
         * @return this rule for those channels only
         */
        public Rule channels(String... values) {
            return new Rule(decision, type, codes, tiers, Set.of(values), amountBelow);
        }

        /**
         * @param limit the exclusive upper limit of the action's amount
         * @return this rule for amounts below it only
         */
        public Rule amountBelow(BigDecimal limit) {
            return new Rule(decision, type, codes, tiers, channels, Args.required(limit, "amountBelow"));
        }

        boolean matches(ExceptionCase c, Action action) {
            if ((type != null && !type.equals(action.type())) || (!codes.isEmpty() && !codes.contains(c.code()))
                    || (!tiers.isEmpty() && (c.customerTier() == null || !tiers.contains(c.customerTier())))
                    || (!channels.isEmpty() && (c.channel() == null || !channels.contains(c.channel())))) {
                return false;
            }
            if (amountBelow == null) {
                return true;
            }
            String amount = action.text("amount");
            try {
                return amount != null && new BigDecimal(amount).compareTo(amountBelow) < 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /**
     * Assembles a policy: rules in order and the fallback, given once. Not thread-safe.
     */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private final Set<String> given = new HashSet<>();
        private ActionDecision otherwise = ActionDecision.NEVER;

        Builder() {
        }

        /**
         * @param rule the next rule, tried after those added before; never null
         * @return this builder
         */
        public Builder rule(Rule rule) {
            rules.add(Args.required(rule, "rule"));
            return this;
        }

        /**
         * @param decision the decision when no rule matches; NEVER unless set
         * @return this builder
         * @throws IllegalStateException when it was already set
         */
        public Builder otherwise(ActionDecision decision) {
            Args.required(decision, "otherwise");
            Args.setOnce(given, "otherwise");
            this.otherwise = decision;
            return this;
        }

        /** @return the policy */
        public ActionPolicies build() {
            return new ActionPolicies(rules, otherwise);
        }
    }
}
