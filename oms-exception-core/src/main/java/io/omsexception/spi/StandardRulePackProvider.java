package io.omsexception.spi;

import io.omsexception.RulePack;
import java.util.List;

/**
 * Supplies the standard rule packs to
 * {@link io.omsexception.OrderExceptionEngine.Builder#withStandardRules()}; found with
 * {@link java.util.ServiceLoader}. The {@code oms-exception-rules} artifact registers one.
 * Hosts do not implement this; they add their packs with {@code addRules}.
 */
public interface StandardRulePackProvider {

    /** @return the standard packs, never null */
    List<RulePack> rulePacks();
}
