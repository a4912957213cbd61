package io.omsexception.facts;

import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import java.util.List;
import java.util.Locale;

/**
 * Where the order goes, as rules see it: the shipping address's fields, whether they are blank,
 * the destination country, the remote region and the signs of a fake address. Rules reach it
 * through {@link OrderFacts#getAddress()}, for example {@code OrderFacts(address.china,
 * address.provinceBlank)}. The recipient's phone is in {@link ContactFacts}.
 *
 * <p>Never null: an order without an address gets one whose {@link #isGiven()} is false, whose
 * fields are null, whose blank flags are true, whose country is the default {@code CN}, and which
 * has no remote region, no keyword and no repeated or blocklisted detail line. The rules about
 * missing information therefore fire on a missing address as on a blank field.
 *
 * <p>Immutable and thread-safe.
 */
public final class AddressFacts {
    private final ShippingAddress address;
    private final String country;
    private final boolean china;
    private final boolean provinceBlank;
    private final boolean cityBlank;
    private final boolean detailBlank;
    private final boolean detailHasHouseNumber;
    private final boolean postalCodeBlank;
    private final String remoteRegion;
    private final List<String> recipientFakeKeywords;
    private final List<String> detailFakeKeywords;
    private final boolean detailRepeated;
    private final boolean detailBlocklisted;

    /**
     * Derives the address facts of one order.
     *
     * @param a the order's shipping address, or null when it has none
     * @param reference the indexed reference data (its address blacklist), never null
     * @param parameters the parameters that feed {@link FactInput#REMOTE_REGIONS},
     *     {@link FactInput#FAKE_ADDRESS_KEYWORDS} and {@link FactInput#REPEATED_CHARACTER_MIN}, never null
     */
    AddressFacts(ShippingAddress a, ReferenceIndex reference, Parameters parameters) {
        this.address = a;
        String c = a == null || Text.isBlank(a.country()) ? "CN" : a.country().trim().toUpperCase(Locale.ROOT);
        this.country = c;
        this.china = c.equals("CN") || c.equals("CHN");
        this.provinceBlank = a == null || Text.isBlank(a.province());
        this.cityBlank = a == null || Text.isBlank(a.city());
        this.detailBlank = a == null || Text.isBlank(a.detail());
        this.detailHasHouseNumber = a != null && Text.hasDigit(a.detail());
        this.postalCodeBlank = a == null || Text.isBlank(a.postalCode());

        String remote = null;
        if (!provinceBlank) {
            String province = a.province().trim();
            for (String region : parameters.listInput(FactInput.REMOTE_REGIONS)) {
                if (province.startsWith(region)) {
                    remote = region;
                    break;
                }
            }
        }
        this.remoteRegion = remote;

        List<String> keywords = parameters.listInput(FactInput.FAKE_ADDRESS_KEYWORDS);
        this.recipientFakeKeywords = a == null ? List.of() : Text.findKeywords(a.recipient(), keywords);
        this.detailFakeKeywords = a == null ? List.of() : Text.findKeywords(a.detail(), keywords);
        Integer repeatedMin = parameters.integerInput(FactInput.REPEATED_CHARACTER_MIN);
        this.detailRepeated = a != null && repeatedMin != null && Text.isOneCharacterRepeated(a.detail(), repeatedMin);

        this.detailBlocklisted = !detailBlank && reference.isAddressBlacklisted(a.detail());
    }

    /** @return whether the order has a shipping address part; when false, see the class description */
    public boolean isGiven() {
        return address != null;
    }

    /** @return the destination country, trimmed and upper case; {@code CN} when not given, never null */
    public String getCountry() {
        return country;
    }

    /** @return whether the destination is mainland China: country {@code CN} (the default) or {@code CHN} */
    public boolean isChina() {
        return china;
    }

    /** @return the recipient's name as given, or null */
    public String getRecipient() {
        return address == null ? null : address.recipient();
    }

    /** @return the province as given (not trimmed), or null */
    public String getProvince() {
        return address == null ? null : address.province();
    }

    /** @return the city as given, or null */
    public String getCity() {
        return address == null ? null : address.city();
    }

    /** @return the detail (street) line as given, or null */
    public String getDetail() {
        return address == null ? null : address.detail();
    }

    /** @return the postal code as given, or null */
    public String getPostalCode() {
        return address == null ? null : address.postalCode();
    }

    /** @return whether the province is missing or blank; true without an address */
    public boolean isProvinceBlank() {
        return provinceBlank;
    }

    /** @return whether the city is missing or blank; true without an address */
    public boolean isCityBlank() {
        return cityBlank;
    }

    /** @return whether the detail line is missing or blank; true without an address */
    public boolean isDetailBlank() {
        return detailBlank;
    }

    /** @return whether the detail line holds a digit (taken as a house number); false without one */
    public boolean isDetailHasHouseNumber() {
        return detailHasHouseNumber;
    }

    /** @return whether the postal code is missing or blank; true without an address */
    public boolean isPostalCodeBlank() {
        return postalCodeBlank;
    }

    /**
     * @return the first remote region ({@link FactInput#REMOTE_REGIONS}, in parameter order) that
     *     the trimmed province starts with; null when none, when the province is blank or when no
     *     parameter feeds that input
     */
    public String getRemoteRegion() {
        return remoteRegion;
    }

    /** @return whether the province is in a remote region, that is {@link #getRemoteRegion()} is not null */
    public boolean isRemote() {
        return remoteRegion != null;
    }

    /**
     * @return every fake-address keyword ({@link FactInput#FAKE_ADDRESS_KEYWORDS}) found in the
     *     recipient's name, in parameter order, Latin ones as whole words and case-insensitive;
     *     empty (never null) when none, without an address or when no parameter feeds that input
     */
    public List<String> getRecipientFakeKeywords() {
        return recipientFakeKeywords;
    }

    /**
     * @return every fake-address keyword found in the detail line, matched as in
     *     {@link #getRecipientFakeKeywords()}; empty, never null, when none
     */
    public List<String> getDetailFakeKeywords() {
        return detailFakeKeywords;
    }

    /**
     * @return whether the trimmed detail line is one character repeated at least
     *     {@link FactInput#REPEATED_CHARACTER_MIN} times; false when no parameter feeds that input
     */
    public boolean isDetailRepeated() {
        return detailRepeated;
    }

    /** @return whether the trimmed detail line equals a trimmed entry of the address blacklist; false when blank */
    public boolean isDetailBlocklisted() {
        return detailBlocklisted;
    }
}
