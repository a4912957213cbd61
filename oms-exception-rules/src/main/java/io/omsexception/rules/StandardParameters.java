package io.omsexception.rules;

import io.omsexception.ParameterDefinition;
import io.omsexception.RulePack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of the standard rule packs, with their documented defaults (see
 * {@code docs/exception-catalog.md}). Each pack declares its own in the
 * {@code parameters.properties} beside its DRL; this class only gathers them, so a host can list
 * them without building an engine. An engine knows a parameter when a pack that declares it is
 * added, for example with {@code withStandardRules()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardParameters {
    private StandardParameters() {
    }

    /**
     * Every standard parameter, in pack order (payment, information, inventory, logistics, risk,
     * refund) and file order; a parameter that two packs declare is listed once. Unmodifiable.
     */
    public static final List<ParameterDefinition> ALL = gather();

    private static List<ParameterDefinition> gather() {
        Map<String, ParameterDefinition> all = new LinkedHashMap<>();
        for (RulePack pack : StandardRules.drlPacks()) {
            if (!pack.problems().isEmpty()) {
                throw new IllegalStateException("standard pack " + pack.name() + ": " + pack.problems());
            }
            pack.parameters().forEach(p -> all.putIfAbsent(p.name(), p));
        }
        return List.copyOf(new ArrayList<>(all.values()));
    }

    /**
     * @param name a parameter name, for example {@code payment.timeoutMinutes}, never null
     * @return the standard parameter of that name, or empty when there is none
     */
    public static Optional<ParameterDefinition> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
