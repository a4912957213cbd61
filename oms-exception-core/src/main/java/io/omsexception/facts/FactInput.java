package io.omsexception.facts;

import io.omsexception.ParameterType;
import java.util.Locale;
import java.util.Optional;

/**
 * A value that {@link OrderFacts} needs to derive some of its facts, supplied by whichever
 * parameter a pack declares as feeding it ({@code # feeds: OrderFacts.remoteRegions} in the
 * pack's {@code parameters.properties}, or {@link io.omsexception.ParameterDefinition#feeding}).
 * The core thus knows what the facts need, never the names of a pack's parameters. An input that no
 * parameter feeds takes its neutral value: no remote region, no fake-address keyword, no detail
 * line counted as repeated. At most one parameter feeds each input.
 */
public enum FactInput {
    /**
     * The remote regions ({@link ParameterType#LIST}): {@link AddressFacts#getRemoteRegion()} is the
     * first whose name the province starts with, {@link AddressFacts#isRemote()} whether there is one.
     */
    REMOTE_REGIONS("OrderFacts.remoteRegions", ParameterType.LIST),
    /**
     * The fake-address keywords ({@link ParameterType#LIST}) that
     * {@link AddressFacts#getRecipientFakeKeywords()} and {@link AddressFacts#getDetailFakeKeywords()}
     * look for.
     */
    FAKE_ADDRESS_KEYWORDS("OrderFacts.fakeAddressKeywords", ParameterType.LIST),
    /**
     * How often one character must repeat ({@link ParameterType#INTEGER}) for
     * {@link AddressFacts#isDetailRepeated()}.
     */
    REPEATED_CHARACTER_MIN("OrderFacts.repeatedCharacterMin", ParameterType.INTEGER);

    private final String key;
    private final ParameterType type;

    FactInput(String key, ParameterType type) {
        this.key = key;
        this.type = type;
    }

    /** @return the name a {@code # feeds:} line gives, for example {@code OrderFacts.remoteRegions} */
    public String key() {
        return key;
    }

    /** @return the type the feeding parameter must have */
    public ParameterType type() {
        return type;
    }

    /**
     * @param key a {@code # feeds:} name, case-insensitive, never null
     * @return the input of that name, or empty when there is none
     */
    public static Optional<FactInput> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (FactInput input : values()) {
            if (input.key.toLowerCase(Locale.ROOT).equals(k)) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }
}
