package io.omsexception.facts;

import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;

/**
 * How the recipient is reached, as rules see it: the shipping address's phone, normalised,
 * validated for the destination country and looked up in the phone blacklist. Rules reach it
 * through {@link OrderFacts#getContact()}, for example {@code OrderFacts(contact.phoneBlank == false,
 * contact.phoneValid == false)}.
 *
 * <p>Never null: an order without an address, or without a phone, gets one whose phone is null
 * and {@link #isPhoneBlank() blank}, neither valid nor blacklisted. It has no {@code given} flag of
 * its own: the phone belongs to the shipping address ({@link AddressFacts#isGiven()}), and a
 * missing phone is what {@link #isPhoneBlank()} tells.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContactFacts {
    private final String phone;
    private final boolean phoneBlank;
    private final String phoneNormalised;
    private final boolean phoneValid;
    private final boolean phoneBlacklisted;
    private final boolean phoneMasked;
    private final String phoneExtension;

    /**
     * Derives the contact facts of one order.
     *
     * @param address the order's shipping address, or null when it has none
     * @param china whether the destination is mainland China ({@link AddressFacts#isChina()}), which
     *     decides what a valid phone is
     * @param reference the indexed reference data (its phone blacklist), never null
     */
    ContactFacts(ShippingAddress address, boolean china, ReferenceIndex reference) {
        this.phone = address == null ? null : address.phone();
        this.phoneBlank = Text.isBlank(phone);
        this.phoneMasked = !phoneBlank && Text.isMasked(phone);
        // split once: the extension, the number blacklists compare and the validity all read it
        Text.Extension split = phoneBlank || phoneMasked || !china ? null : Text.splitExtension(phone);
        this.phoneExtension = split == null ? null : split.digits();
        // Text.normalisePhone in its steps, each kept: the blacklists compare the last, validity reads the others
        String compact = phoneBlank ? null : Text.stripSeparators(split == null ? phone : split.main());
        String national = compact == null ? null : Text.withoutChinaPrefix(compact);
        this.phoneNormalised = national == null ? null : Text.digitsOnly(national);
        this.phoneValid = !phoneBlank && !phoneMasked && (china
                ? Text.isCnMobile(national) || split == null && Text.isCnLandline(national)
                : Text.isInternational(compact));
        // a masked number cannot be compared; the main number of one with an extension is the
        // platform's relay, shared by many buyers
        this.phoneBlacklisted = !phoneMasked && phoneExtension == null && reference.isPhoneBlacklisted(phoneNormalised);
    }

    /** @return the recipient's phone as typed, or null without an address or phone */
    public String getPhone() {
        return phone;
    }

    /** @return whether the phone is missing or blank; true without an address */
    public boolean isPhoneBlank() {
        return phoneBlank;
    }

    /**
     * @return whether the phone is masked (holds two or more consecutive {@code *} or {@code ＊},
     *     like {@code 138****5678}): its validity is unknown, so it is neither checked nor matched
     *     against the blacklist; false when blank
     */
    public boolean isPhoneMasked() {
        return phoneMasked;
    }

    /**
     * @return the extension of a China phone (a virtual number {@code 13800138000-1234} or
     *     {@code 13800138000转1234}): 1 to 6 digits after {@code -}, {@code _}, {@code ,}, {@code ，},
     *     {@code #}, {@code 转} or {@code ext}; after {@code -} only when the part before is a CN
     *     mobile. Null when there is none, the phone is masked or the destination is not China
     */
    public String getPhoneExtension() {
        return phoneExtension;
    }

    /**
     * @return the phone's digits only, after dropping a {@code +86} or {@code 0086} prefix and the
     *     {@link #getPhoneExtension() extension}: the form the blacklist is compared in; null when
     *     the phone is blank, empty when it holds no digit
     */
    public String getPhoneNormalised() {
        return phoneNormalised;
    }

    /**
     * @return whether the phone is present, not masked and valid for the destination once
     *     separators are dropped: a mainland mobile (optionally followed by an extension) or
     *     landline number (after an optional {@code +86} or {@code 0086}) for China, 7 to 15 digits
     *     after an optional {@code +} elsewhere
     */
    public boolean isPhoneValid() {
        return phoneValid;
    }

    /**
     * @return whether the normalised phone equals a normalised entry of the phone blacklist; false
     *     when blank, masked or with an extension (its main number is the platform's relay)
     */
    public boolean isPhoneBlacklisted() {
        return phoneBlacklisted;
    }
}
