package io.omsexception.facts;

import io.omsexception.ParameterType;
import java.util.Locale;
import java.util.Optional;

/**
 * A value that {@link OrderFacts} needs to derive some of its facts, supplied by whichever
 * parameter a pack declares as feeding it ({@code # feeds: OrderFacts.remoteRegions} in the
 * pack's {@code parameters.properties}, or {@link io.omsexception.ParameterDefinition#feeding}).
 * The core thus knows what the facts need, never the names of a pack's parameters. An input that no
 * parameter feeds takes its neutral value: no remote region, no fake-address phrase or word, no
 * village marker, no city without districts, no detail line counted as repeated, no deadline
 * from the processing time, no allocation across the request. At most one parameter feeds each input.
 */
public enum FactInput {
    /**
     * The remote regions ({@link ParameterType#LIST}): {@link AddressFacts#getRemoteRegion()} is the
     * first whose name the province starts with, {@link AddressFacts#isRemote()} whether there is one.
     */
    REMOTE_REGIONS("OrderFacts.remoteRegions", ParameterType.LIST),
    /**
     * The fake-address phrases ({@link ParameterType#LIST}) that
     * {@link AddressFacts#getRecipientFakeKeywords()} and {@link AddressFacts#getDetailFakeKeywords()}
     * look for inside the text: CJK ones anywhere, Latin ones as whole words, case-insensitive.
     */
    FAKE_ADDRESS_PHRASES("OrderFacts.fakeAddressPhrases", ParameterType.LIST),
    /**
     * The fake-address words ({@link ParameterType#LIST}): a trimmed recipient or detail line equal to
     * one (case-insensitive) is reported by {@link AddressFacts#getRecipientFakeKeywords()} and
     * {@link AddressFacts#getDetailFakeKeywords()}.
     */
    FAKE_ADDRESS_WORDS("OrderFacts.fakeAddressWords", ParameterType.LIST),
    /**
     * The markers of a village ({@link ParameterType#LIST}): a detail line holding one needs no house
     * number ({@link AddressFacts#isDetailRural()}).
     */
    RURAL_MARKERS("OrderFacts.ruralMarkers", ParameterType.LIST),
    /**
     * The cities without districts ({@link ParameterType#LIST}), matched on the leading name of the
     * city: a blank district is complete there ({@link AddressFacts#isDistrictMissing()}).
     */
    CITIES_WITHOUT_DISTRICTS("OrderFacts.citiesWithoutDistricts", ParameterType.LIST),
    /**
     * The processing time after payment ({@link ParameterType#HOURS}) that gives the ship-by deadline
     * when the order has no {@code promisedShipAt} ({@link OrderFacts#getShipByDeadline()}).
     */
    PROCESSING_HOURS("OrderFacts.processingHours", ParameterType.HOURS),
    /**
     * Whether stock is allocated across the request ({@link ParameterType#BOOLEAN}): each order then
     * takes its quantities from what earlier orders of the request left ({@link SkuFacts#getAllocatedBefore()});
     * when off, or fed by no parameter, each order is compared with the full figure.
     */
    ALLOCATE_ACROSS_REQUEST("OrderFacts.allocateAcrossRequest", ParameterType.BOOLEAN),
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
