package io.omsexception;

import java.util.List;

/**
 * The parameters of the standard rule packs, with their documented defaults (see
 * {@code docs/exception-catalog.md}). Every engine knows them, so a host may override any of them
 * through {@link OrderExceptionEngine.Builder#parameter(String, String)}.
 */
public final class StandardParameters {
    private StandardParameters() {
    }

    /** PAYMENT_TIMEOUT: minutes an unpaid order may wait after {@code createdAt}. */
    public static final ParameterDefinition PAYMENT_TIMEOUT_MINUTES = new ParameterDefinition(
            "payment.timeoutMinutes", ParameterType.MINUTES, "30",
            "PAYMENT_TIMEOUT: an unpaid order is raised when more than this many minutes have passed since createdAt");
    /** PAYMENT_AMOUNT_MISMATCH: the largest accepted difference between paid and total amount. */
    public static final ParameterDefinition PAYMENT_AMOUNT_TOLERANCE = ParameterDefinition.decimal(
            "payment.amountTolerance", "0.01",
            "PAYMENT_AMOUNT_MISMATCH: raised when abs(paidAmount - totalAmount) is more than this");
    /** HIGH_RISK_PAYMENT: the lowest risk score that is high risk. */
    public static final ParameterDefinition PAYMENT_HIGH_RISK_SCORE = ParameterDefinition.integer(
            "payment.highRiskScore", 80, "HIGH_RISK_PAYMENT: raised when payment.riskScore is this or more");
    /** ADDRESS_SUSPICIOUS: fake-address keywords. */
    public static final ParameterDefinition FAKE_ADDRESS_KEYWORDS = ParameterDefinition.list(
            "information.fakeAddressKeywords", List.of("测试", "无效", "不详", "test", "xxx", "asdf"),
            "ADDRESS_SUSPICIOUS: keywords of fake addresses; Latin keywords match whole words only, case-insensitive, CJK keywords anywhere");
    /** ADDRESS_SUSPICIOUS: how often one character must repeat to make the whole detail line suspicious. */
    public static final ParameterDefinition REPEATED_CHARACTER_MIN = ParameterDefinition.integer(
            "information.repeatedCharacterMin", 4,
            "ADDRESS_SUSPICIOUS: a detail line that is one character repeated this many times or more is suspicious");
    /** PARCEL_STRANDED: hours without a scan. */
    public static final ParameterDefinition STRANDED_HOURS = new ParameterDefinition(
            "logistics.strandedHours", ParameterType.HOURS, "48",
            "PARCEL_STRANDED: raised when more than this many hours have passed since the last scan (or shippedAt)");
    /** PARCEL_STRANDED: hours without a scan for remote provinces. */
    public static final ParameterDefinition REMOTE_STRANDED_HOURS = new ParameterDefinition(
            "logistics.remoteStrandedHours", ParameterType.HOURS, "72",
            "PARCEL_STRANDED: the limit for parcels going to a remote province");
    /** PARCEL_STRANDED: remote provinces, matched on the province's leading name. */
    public static final ParameterDefinition REMOTE_PROVINCES = ParameterDefinition.list(
            "logistics.remoteProvinces", List.of("新疆", "西藏", "青海", "内蒙古"),
            "Remote provinces, matched on the leading name of shippingAddress.province");
    /** ORDER_PROCESSING_TIMEOUT: hours a paid order may wait for shipment. */
    public static final ParameterDefinition PROCESSING_HOURS = new ParameterDefinition(
            "fulfilment.processingHours", ParameterType.HOURS, "48",
            "ORDER_PROCESSING_TIMEOUT: raised when more than this many hours have passed since paidAt and nothing has shipped");
    /** AMOUNT_ANOMALY: earlier orders needed before the amount is compared. */
    public static final ParameterDefinition MIN_HISTORY_ORDERS = ParameterDefinition.integer(
            "risk.minHistoryOrders", 3, "AMOUNT_ANOMALY: the customer needs at least this many earlier orders");
    /** AMOUNT_ANOMALY: how many times the average is unusual. */
    public static final ParameterDefinition AMOUNT_MULTIPLIER = ParameterDefinition.decimal(
            "risk.amountMultiplier", "5",
            "AMOUNT_ANOMALY: raised when totalAmount is more than this many times the customer's average order amount");
    /** BEHAVIOR_ANOMALY: orders in 24 hours. */
    public static final ParameterDefinition MAX_ORDERS_PER_DAY = ParameterDefinition.integer(
            "risk.maxOrdersPerDay", 10, "BEHAVIOR_ANOMALY: raised when the customer placed this many orders or more in 24 hours");
    /** BEHAVIOR_ANOMALY and REFUND_HIGH_RISK: address changes in 30 days. */
    public static final ParameterDefinition MAX_ADDRESS_CHANGES = ParameterDefinition.integer(
            "risk.maxAddressChanges", 3,
            "BEHAVIOR_ANOMALY, REFUND_HIGH_RISK: raised when the customer changed address this many times or more in 30 days");
    /** REFUND_HIGH_RISK: earlier orders before the refund ratio counts. */
    public static final ParameterDefinition REFUND_MIN_ORDERS = ParameterDefinition.integer(
            "refund.highRiskMinOrders", 4, "REFUND_HIGH_RISK: the refund ratio counts from this many earlier orders");
    /** REFUND_HIGH_RISK: share of refunded orders. */
    public static final ParameterDefinition REFUND_RATIO = ParameterDefinition.decimal(
            "refund.highRiskRefundRatio", "0.5",
            "REFUND_HIGH_RISK: raised when refundCount / orderCount is this or more");
    /** REFUND_AWAITING_RETURN: days a shipped return may travel. */
    public static final ParameterDefinition RETURN_WAIT_DAYS = new ParameterDefinition(
            "refund.returnWaitDays", ParameterType.DAYS, "7",
            "REFUND_AWAITING_RETURN: raised when more than this many days have passed since the return was shipped");

    /** Every standard parameter, in documentation order. */
    public static final List<ParameterDefinition> ALL = List.of(
            PAYMENT_TIMEOUT_MINUTES, PAYMENT_AMOUNT_TOLERANCE, PAYMENT_HIGH_RISK_SCORE,
            FAKE_ADDRESS_KEYWORDS, REPEATED_CHARACTER_MIN,
            STRANDED_HOURS, REMOTE_STRANDED_HOURS, REMOTE_PROVINCES, PROCESSING_HOURS,
            MIN_HISTORY_ORDERS, AMOUNT_MULTIPLIER, MAX_ORDERS_PER_DAY, MAX_ADDRESS_CHANGES,
            REFUND_MIN_ORDERS, REFUND_RATIO, RETURN_WAIT_DAYS);
}
