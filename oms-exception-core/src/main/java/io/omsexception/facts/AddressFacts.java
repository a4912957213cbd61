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
    private final boolean detailRural;
    private final boolean recipientMasked;
    private final boolean detailMasked;
    private final boolean districtBlank;
    private final boolean districtMissing;
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
     *     {@link FactInput#FAKE_ADDRESS_PHRASES}, {@link FactInput#FAKE_ADDRESS_WORDS},
     *     {@link FactInput#RURAL_MARKERS}, {@link FactInput#CITIES_WITHOUT_DISTRICTS} and
     *     {@link FactInput#REPEATED_CHARACTER_MIN}, never null
     */
    AddressFacts(ShippingAddress a, ReferenceIndex reference, Parameters parameters) {
        this.address = a;
        String c = a == null || Text.isBlank(a.country()) ? "CN" : a.country().trim().toUpperCase(Locale.ROOT);
        this.country = c;
        this.china = c.equals("CN") || c.equals("CHN");
        this.provinceBlank = a == null || Text.isBlank(a.province());
        this.cityBlank = a == null || Text.isBlank(a.city());
        this.detailBlank = a == null || Text.isBlank(a.detail());
        this.detailHasHouseNumber = a != null && (china ? Text.hasChineseHouseNumber(a.detail()) : Text.hasDigit(a.detail()));
        this.postalCodeBlank = a == null || Text.isBlank(a.postalCode());
        this.recipientMasked = a != null && Text.isMasked(a.recipient());
        this.detailMasked = a != null && Text.isMasked(a.detail());
        this.detailRural = a != null && Text.containsAny(a.detail(), parameters.listInput(FactInput.RURAL_MARKERS));
        this.districtBlank = a == null || Text.isBlank(a.district());
        this.districtMissing = china && districtBlank && (cityBlank
                || parameters.keywordsInput(FactInput.CITIES_WITHOUT_DISTRICTS).prefixOf(a.city().trim()) == null);
        this.remoteRegion = provinceBlank ? null
                : parameters.keywordsInput(FactInput.REMOTE_REGIONS).prefixOf(a.province().trim());

        Keywords phrases = parameters.keywordsInput(FactInput.FAKE_ADDRESS_PHRASES);
        Keywords words = parameters.keywordsInput(FactInput.FAKE_ADDRESS_WORDS);
        this.recipientFakeKeywords = a == null || recipientMasked ? List.of() : fake(a.recipient(), phrases, words);
        this.detailFakeKeywords = a == null || detailMasked ? List.of() : fake(a.detail(), phrases, words);
        Integer repeatedMin = parameters.integerInput(FactInput.REPEATED_CHARACTER_MIN);
        this.detailRepeated = a != null && !detailMasked && repeatedMin != null
                && Text.isOneCharacterRepeated(a.detail(), repeatedMin);

        this.detailBlocklisted = !detailBlank && !detailMasked && reference.isAddressBlacklisted(a.detail());
    }

    private static List<String> fake(String text, Keywords phrases, Keywords words) {
        List<String> found = phrases.findIn(text);
        String word = words.equalTo(text);
        if (word == null || found.contains(word)) {
            return found;
        }
        List<String> all = new java.util.ArrayList<>(found);
        all.add(word);
        return List.copyOf(all);
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

    /**
     * @return whether the detail line holds a house number: in China an ASCII or full-width digit,
     *     or a Chinese numeral directly followed by 号 栋 幢 座 楼 单元 室 弄 巷 层 or 组; elsewhere
     *     any digit; false without a detail line
     */
    public boolean isDetailHasHouseNumber() {
        return detailHasHouseNumber;
    }

    /** @return whether the detail line names a village (a {@link FactInput#RURAL_MARKERS} marker), which needs no house number */
    public boolean isDetailRural() {
        return detailRural;
    }

    /** @return whether the detail line is masked ({@code 朝阳路**号}): its content checks do not apply */
    public boolean isDetailMasked() {
        return detailMasked;
    }

    /** @return whether the recipient's name is masked ({@code 张**}): its content checks do not apply */
    public boolean isRecipientMasked() {
        return recipientMasked;
    }

    /**
     * @return whether the detail line lacks a house number it needs: it is given, not masked, has
     *     no {@link #isDetailHasHouseNumber() house number} and names no village
     */
    public boolean isHouseNumberMissing() {
        return !detailBlank && !detailMasked && !detailHasHouseNumber && !detailRural;
    }

    /** @return the district as given, or null */
    public String getDistrict() {
        return address == null ? null : address.district();
    }

    /** @return whether the district is missing or blank; true without an address */
    public boolean isDistrictBlank() {
        return districtBlank;
    }

    /**
     * @return whether an address in China lacks a district it needs: the district is blank and the
     *     city's leading name is none of {@link FactInput#CITIES_WITHOUT_DISTRICTS}
     */
    public boolean isDistrictMissing() {
        return districtMissing;
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
     * @return every fake-address phrase ({@link FactInput#FAKE_ADDRESS_PHRASES}) found in the
     *     recipient's name, in parameter order, Latin ones as whole words and case-insensitive, then
     *     the fake-address word ({@link FactInput#FAKE_ADDRESS_WORDS}) the trimmed name equals;
     *     empty (never null) when none, without an address, when the name is masked or when no
     *     parameter feeds those inputs
     */
    public List<String> getRecipientFakeKeywords() {
        return recipientFakeKeywords;
    }

    /**
     * @return every fake-address phrase and word found in the detail line, matched as in
     *     {@link #getRecipientFakeKeywords()}; empty, never null, when none
     */
    public List<String> getDetailFakeKeywords() {
        return detailFakeKeywords;
    }

    /**
     * @return whether the trimmed detail line is one character repeated at least
     *     {@link FactInput#REPEATED_CHARACTER_MIN} times; false when masked or when no parameter feeds that input
     */
    public boolean isDetailRepeated() {
        return detailRepeated;
    }

    /** @return whether the trimmed detail line equals a trimmed entry of the address blacklist; false when blank or masked */
    public boolean isDetailBlocklisted() {
        return detailBlocklisted;
    }
}
