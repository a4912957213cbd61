package io.omsexception;

/** The kind of exception; each standard rule pack covers one category. */
public enum Category {
    /** 支付类: payment failed, timed out, mismatched or risky; refund requests before shipping. */
    PAYMENT,
    /** 信息类: the address or contact is incomplete, suspicious or invalid. */
    INFORMATION,
    /** 库存类: out of stock, unknown or delisted products. */
    INVENTORY,
    /** 物流类: rejected, overdue, stranded parcels; orders not processed in time. */
    LOGISTICS,
    /** 风险类: unusual amounts, risky products, unusual behaviour, blacklisted customers. */
    RISK,
    /** 退款: refund requests that need a review, a return or a decision. */
    REFUND
}
