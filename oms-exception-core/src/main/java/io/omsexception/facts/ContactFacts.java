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
        this.phoneNormalised = Text.normalisePhone(phone);
        this.phoneValid = !phoneBlank && Text.isValidPhone(phone, china);
        this.phoneBlacklisted = reference.isPhoneBlacklisted(phoneNormalised);
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
     * @return the phone's digits only, after dropping a {@code +86} or {@code 0086} prefix: the
     *     form the blacklist is compared in; null when the phone is blank, empty when it holds no digit
     */
    public String getPhoneNormalised() {
        return phoneNormalised;
    }

    /**
     * @return whether the phone is present and valid for the destination once separators are
     *     dropped: a mainland mobile or landline number (after an optional {@code +86} or
     *     {@code 0086}) for China, 7 to 15 digits after an optional {@code +} elsewhere
     */
    public boolean isPhoneValid() {
        return phoneValid;
    }

    /** @return whether the normalised phone equals a normalised entry of the phone blacklist; false when blank */
    public boolean isPhoneBlacklisted() {
        return phoneBlacklisted;
    }
}
