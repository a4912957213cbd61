package io.omsexception;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The team responsible for handling a finding; each has its own queue. An open value type: the six
 * standard departments are constants, and a host pack adds its own (for example {@code LEGAL}) by
 * declaring it in its {@code codes.properties} ({@code departments=LEGAL}) or with
 * {@link #of(String)}.
 *
 * <p>Instances are interned: {@link #of(String)} returns the same instance for the same name, so
 * {@code ==} and {@link #equals(Object)} agree. Each distinct name stays known for the life of the
 * JVM. Immutable and thread-safe.
 */
public final class Department extends OpenName {
    private static final ConcurrentMap<String, Department> KNOWN = new ConcurrentHashMap<>();

    /** 财务: payments and refunds. */
    public static final Department FINANCE = standard("FINANCE", "财务", "Finance");
    /** 风控: fraud and risk review. */
    public static final Department RISK_CONTROL = standard("RISK_CONTROL", "风控", "Risk control");
    /** 客服: talks to the customer. */
    public static final Department CUSTOMER_SERVICE = standard("CUSTOMER_SERVICE", "客服", "Customer service");
    /** 仓储: stock, picking and returns. */
    public static final Department WAREHOUSE = standard("WAREHOUSE", "仓储", "Warehouse");
    /** 物流: carriers and parcels. */
    public static final Department LOGISTICS = standard("LOGISTICS", "物流", "Logistics");
    /** 售后: after-sales service. */
    public static final Department AFTER_SALES = standard("AFTER_SALES", "售后", "After-sales");

    private static final List<Department> STANDARD = List.of(FINANCE, RISK_CONTROL, CUSTOMER_SERVICE, WAREHOUSE,
            LOGISTICS, AFTER_SALES);

    private Department(String name, LocalizedText displayName, boolean standard) {
        super(name, displayName, standard);
    }

    private static Department standard(String name, String zh, String en) {
        Department d = new Department(name, new LocalizedText(zh, en), true);
        KNOWN.put(name, d);
        return d;
    }

    /**
     * @param name a standard or host-defined name, upper snake case of at most 64 characters
     * @return the department of that name: the constant for a standard name, otherwise a host
     *     department whose display name is its name in every language; never null
     * @throws NullPointerException when the name is null
     * @throws IllegalArgumentException when the name is not upper snake case of at most 64 characters
     */
    public static Department of(String name) {
        return intern(KNOWN, name, "LEGAL", (n, display) -> new Department(n, display, false));
    }

    /** @return the six standard departments, in catalog order (FINANCE first, AFTER_SALES last) */
    public static List<Department> standard() {
        return STANDARD;
    }
}
