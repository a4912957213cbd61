package io.omsexception.facts;

import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The order's payment, as rules see it: its status, amounts, risk score and how long ago it was
 * received. Rules reach it through {@link OrderFacts#getPayment()}, for example
 * {@code OrderFacts(payment.paid, payment.secondsSincePaid != null)}.
 *
 * <p>Never null: an order without a payment gets one whose {@link #isGiven()} is false, whose
 * values are null, which is not {@link #isPaid() paid} and which is {@link #isUnpaid() unpaid}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaymentFacts {
    private final Payment payment;
    private final BigDecimal expectedPaidAmount;
    private final BigDecimal amountDifference;
    private final Long secondsSincePaid;

    /**
     * Derives the payment facts of one order.
     *
     * @param payment the order's payment, or null when it has none
     * @param totalAmount the order's total amount, or null
     * @param asOf the reference time of the durations, never null
     */
    PaymentFacts(Payment payment, BigDecimal totalAmount, OffsetDateTime asOf) {
        this.payment = payment;
        BigDecimal subsidy = payment == null || payment.platformSubsidy() == null ? BigDecimal.ZERO
                : payment.platformSubsidy();
        this.expectedPaidAmount = totalAmount == null ? null : totalAmount.subtract(subsidy);
        this.amountDifference = payment != null && payment.paidAmount() != null && expectedPaidAmount != null
                ? payment.paidAmount().subtract(expectedPaidAmount).abs() : null;
        this.secondsSincePaid = payment == null ? null : Durations.secondsOrNull(payment.paidAt(), asOf);
    }

    /** @return whether the order has a payment part; when false, see the class description */
    public boolean isGiven() {
        return payment != null;
    }

    /** @return the payment status, or null without a payment or a status */
    public PaymentStatus getStatus() {
        return payment == null ? null : payment.status();
    }

    /** @return whether the status is PAID; false without a payment */
    public boolean isPaid() {
        return getStatus() == PaymentStatus.PAID;
    }

    /** @return whether the order is unpaid: no payment, no status, or status UNPAID (not FAILED nor REFUNDED) */
    public boolean isUnpaid() {
        PaymentStatus status = getStatus();
        return status == null || status == PaymentStatus.UNPAID;
    }

    /** @return the payment method as the host names it, for example {@code ALIPAY}, or null */
    public String getMethod() {
        return payment == null ? null : payment.method();
    }

    /** @return the amount received, never negative, or null */
    public BigDecimal getPaidAmount() {
        return payment == null ? null : payment.paidAmount();
    }

    /** @return money the platform pays for the buyer (coupons, subsidies, points) as given, or null */
    public BigDecimal getPlatformSubsidy() {
        return payment == null ? null : payment.platformSubsidy();
    }

    /**
     * @return what the buyer must pay: the order's {@code totalAmount} minus the
     *     {@link #getPlatformSubsidy() platform subsidy} (0 when not given); null without a total
     */
    public BigDecimal getExpectedPaidAmount() {
        return expectedPaidAmount;
    }

    /** @return {@code abs(paidAmount - expectedPaidAmount)}, or null when either is missing */
    public BigDecimal getAmountDifference() {
        return amountDifference;
    }

    /** @return the payment provider's risk score, 0 to 100, or null */
    public Integer getRiskScore() {
        return payment == null ? null : payment.riskScore();
    }

    /** @return when the payment was received, or null */
    public OffsetDateTime getPaidAt() {
        return payment == null ? null : payment.paidAt();
    }

    /** @return whole seconds from {@link #getPaidAt()} to {@code asOf}, rounded up; null without {@code paidAt} */
    public Long getSecondsSincePaid() {
        return secondsSincePaid;
    }

    /** @return {@link #getSecondsSincePaid()} in hours, for evidence (exact, or rounded up to 2 decimals); or null */
    public BigDecimal getHoursSincePaid() {
        return Durations.inUnits(secondsSincePaid, 3_600);
    }
}
