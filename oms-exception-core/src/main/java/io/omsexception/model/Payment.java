package io.omsexception.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The order's payment. Every component is optional.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status UNPAID, PAID, FAILED or REFUNDED
 * @param method the payment method as the host names it, for example {@code ALIPAY}
 * @param paidAmount the amount received, within the limits of {@link Money}
 * @param paidAt when the payment was received
 * @param riskScore the payment provider's risk score, 0 to 100
 * @param platformSubsidy money the marketplace pays for the buyer (platform coupons, subsidies,
 *     points), within the limits of {@link Money}; null counts as 0
 */
public record Payment(
        PaymentStatus status,
        String method,
        BigDecimal paidAmount,
        OffsetDateTime paidAt,
        Integer riskScore,
        BigDecimal platformSubsidy) {

    /** Validates the method's text, the amounts and the risk score; see the class description. */
    public Payment {
        Checks.text(method, "method");
        paidAmount = Checks.money(paidAmount, "paidAmount");
        Checks.between(riskScore, 0, 100, "riskScore");
        platformSubsidy = Checks.money(platformSubsidy, "platformSubsidy");
    }

    /**
     * A payment without a platform subsidy.
     *
     * @param status the status
     * @param method the payment method
     * @param paidAmount the amount received
     * @param paidAt when the payment was received
     * @param riskScore the risk score, 0 to 100
     */
    public Payment(PaymentStatus status, String method, BigDecimal paidAmount, OffsetDateTime paidAt,
            Integer riskScore) {
        this(status, method, paidAmount, paidAt, riskScore, null);
    }
}
