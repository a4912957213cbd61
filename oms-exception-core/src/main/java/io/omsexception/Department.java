package io.omsexception;

/** The team responsible for handling a finding; each has its own queue. */
public enum Department {
    /** 财务: payments and refunds. */
    FINANCE,
    /** 风控: fraud and risk review. */
    RISK_CONTROL,
    /** 客服: talks to the customer. */
    CUSTOMER_SERVICE,
    /** 仓储: stock, picking and returns. */
    WAREHOUSE,
    /** 物流: carriers and parcels. */
    LOGISTICS,
    /** 售后: after-sales service. */
    AFTER_SALES
}
