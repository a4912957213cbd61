package io.omsexception.model;

/**
 * Where the order goes and whom the courier calls. Every component is optional: a missing or
 * blank part is what the information rules look for, so it is never an input error. A given part
 * must be valid Unicode ({@link Texts#check}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient the recipient's name
 * @param phone the recipient's phone as typed (spaces, dashes, dots and parentheses allowed)
 * @param country the ISO 3166-1 alpha-2 country code, for example {@code CN}
 * @param province the province, state or region, for example {@code 新疆维吾尔自治区}
 * @param city the city
 * @param district the district
 * @param detail the street line with the house number
 * @param postalCode the postal code
 */
public record ShippingAddress(
        String recipient,
        String phone,
        String country,
        String province,
        String city,
        String district,
        String detail,
        String postalCode) {

    /** Checks that every given part is valid Unicode. */
    public ShippingAddress {
        Checks.text(recipient, "recipient");
        Checks.text(phone, "phone");
        Checks.text(country, "country");
        Checks.text(province, "province");
        Checks.text(city, "city");
        Checks.text(district, "district");
        Checks.text(detail, "detail");
        Checks.text(postalCode, "postalCode");
    }
}
