package io.omsexception.rules;

import io.omsexception.RulePack;
import io.omsexception.spi.StandardRulePackProvider;
import java.util.List;

/**
 * The standard rule packs, one per category, registered for
 * {@link io.omsexception.OrderExceptionEngine.Builder#withStandardRules()}. The DRL files live
 * under {@code io/omsexception/rules/<category>/<category>.drl} in this artifact.
 */
public final class StandardRules implements StandardRulePackProvider {

    /** The categories with a pack, in catalog order; each names its folder and DRL file. */
    public static final List<String> PACKS = List.of("payment", "information", "inventory", "logistics", "risk", "refund");

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public StandardRules() {
    }

    @Override
    public List<RulePack> rulePacks() {
        ClassLoader loader = StandardRules.class.getClassLoader();
        return PACKS.stream()
                .map(p -> RulePack.fromClasspath(p, loader, "io/omsexception/rules/" + p + "/" + p + ".drl"))
                .toList();
    }
}
