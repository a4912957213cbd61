package io.omsexception.model;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lineId the host's line id
 * @param sku the stock-keeping unit; required, since the inventory rules key on it
 * @param name the product name shown to people
 * @param quantity the quantity ordered; required and greater than 0
 * @param unitPrice the unit price, within the limits of {@link Money}
 * @param weightKg the weight of one unit in kilograms, within the limits of {@link Money}
 * @param presale whether the line is sold before stock arrives (null is read as false)
 */
public record OrderLine(
        String lineId,
        String sku,
        String name,
        Integer quantity,
        BigDecimal unitPrice,
        BigDecimal weightKg,
        Boolean presale) {

    /** Validates the line; see the class description. */
    public OrderLine {
        Checks.text(lineId, "lineId");
        Checks.required(sku, "sku");
        Checks.text(sku, "sku");
        Checks.text(name, "name");
        Checks.required(quantity, "quantity");
        Checks.positive(quantity, "quantity");
        unitPrice = Checks.money(unitPrice, "unitPrice");
        weightKg = Checks.money(weightKg, "weightKg");
    }

    /** @return whether the line is presale; a missing flag counts as not presale */
    public boolean isPresale() {
        return Boolean.TRUE.equals(presale);
    }
}
