package io.omsexception;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The kind of exception; each standard rule pack covers one category. An open value type: the six
 * standard categories are constants, and a host pack adds its own (for example {@code COMPLIANCE})
 * by declaring it in its {@code codes.properties} ({@code categories=COMPLIANCE}) or with
 * {@link #of(String)}.
 *
 * <p>Instances are interned: {@link #of(String)} returns the same instance for the same name, so
 * {@code ==} and {@link #equals(Object)} agree. Each distinct name stays known for the life of the
 * JVM. Immutable and thread-safe.
 */
public final class Category extends OpenName {
    private static final ConcurrentMap<String, Category> KNOWN = new ConcurrentHashMap<>();

    /** 支付类: payment failed, timed out, mismatched or risky; refund requests before shipping. */
    public static final Category PAYMENT = standard("PAYMENT", "支付", "Payment");
    /** 信息类: the address or contact is incomplete, suspicious or invalid. */
    public static final Category INFORMATION = standard("INFORMATION", "信息", "Information");
    /** 库存类: out of stock, unknown or delisted products. */
    public static final Category INVENTORY = standard("INVENTORY", "库存", "Inventory");
    /** 物流类: rejected, overdue, stranded parcels; orders not processed in time. */
    public static final Category LOGISTICS = standard("LOGISTICS", "物流", "Logistics");
    /** 风险类: unusual amounts, risky products, unusual behaviour, blacklisted customers. */
    public static final Category RISK = standard("RISK", "风险", "Risk");
    /** 退款: refund requests that need a review, a return or a decision. */
    public static final Category REFUND = standard("REFUND", "退款", "Refund");

    private static final List<Category> STANDARD = List.of(PAYMENT, INFORMATION, INVENTORY, LOGISTICS, RISK, REFUND);

    private Category(String name, LocalizedText displayName, boolean standard) {
        super(name, displayName, standard);
    }

    private static Category standard(String name, String zh, String en) {
        Category c = new Category(name, new LocalizedText(zh, en), true);
        KNOWN.put(name, c);
        return c;
    }

    /**
     * @param name a standard or host-defined name, upper snake case of at most 64 characters
     * @return the category of that name: the constant for a standard name, otherwise a host
     *     category whose display name is its name in every language; never null
     * @throws NullPointerException when the name is null
     * @throws IllegalArgumentException when the name is not upper snake case of at most 64 characters
     */
    public static Category of(String name) {
        return intern(KNOWN, name, "COMPLIANCE", (n, display) -> new Category(n, display, false));
    }

    /** @return the six standard categories, in catalog order (PAYMENT first, REFUND last) */
    public static List<Category> standard() {
        return STANDARD;
    }
}
