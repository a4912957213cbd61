package io.omsexception;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What an {@link Action} does: chase a carrier, contact the buyer, split an order... An open value
 * type: the eight standard types are constants, each with the parameters it needs, and a host pack
 * adds its own (for example {@code WEIGH_PARCEL}) by declaring it in its {@code actions.properties}
 * ({@code types=WEIGH_PARCEL}) or with {@link #of(String)}; a host type requires no parameter and
 * takes any.
 *
 * <p>Instances are interned: {@link #of(String)} returns the same instance for the same name, so
 * {@code ==} and {@link #equals(Object)} agree. Each distinct name stays known for the life of the
 * JVM. Immutable and thread-safe.
 */
public final class ActionType extends OpenName {
    private static final ConcurrentMap<String, ActionType> KNOWN = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> REQUIRED = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> OPTIONAL = new ConcurrentHashMap<>();

    /** 催派: ask the carrier to move a parcel on; {@code carrier}, {@code trackingNumber}. */
    public static final ActionType CHASE_CARRIER = standard("CHASE_CARRIER", "催派", "Chase the carrier",
            Set.of("carrier", "trackingNumber"), Set.of());
    /**
     * 联系买家: send the buyer a message; {@code channel} (for example {@code SMS}) and {@code template},
     * every other parameter is a template parameter.
     */
    public static final ActionType CONTACT_BUYER = standard("CONTACT_BUYER", "联系买家", "Contact the buyer",
            Set.of("channel", "template"), null);
    /** 面单备注: add a note to the waybill for the courier; {@code text}. */
    public static final ActionType ADD_WAYBILL_NOTE = standard("ADD_WAYBILL_NOTE", "添加面单备注", "Add a waybill note",
            Set.of("text"), Set.of());
    /**
     * 拆单: split lines off into an order of their own; the two line groups: {@code lines} (positions
     * from 0) go to the new order, {@code remainingLines} stay.
     */
    public static final ActionType SPLIT_ORDER = standard("SPLIT_ORDER", "拆单", "Split the order",
            Set.of("lines", "remainingLines"), Set.of());
    /** 取消订单行: cancel lines of the order; {@code lines} (positions from 0). */
    public static final ActionType CANCEL_LINES = standard("CANCEL_LINES", "取消订单行", "Cancel lines",
            Set.of("lines"), Set.of());
    /** 同意退款: approve a refund; {@code refundId}, {@code amount}. */
    public static final ActionType APPROVE_REFUND = standard("APPROVE_REFUND", "同意退款", "Approve the refund",
            Set.of("refundId", "amount"), Set.of());
    /** 拦截包裹: stop a parcel and have it returned; {@code carrier}, {@code trackingNumber}. */
    public static final ActionType INTERCEPT_PARCEL = standard("INTERCEPT_PARCEL", "拦截包裹", "Intercept the parcel",
            Set.of("carrier", "trackingNumber"), Set.of());
    /** 改派快递: hand the parcel to another carrier; {@code carrier} (the current one), optional {@code trackingNumber}. */
    public static final ActionType REASSIGN_CARRIER = standard("REASSIGN_CARRIER", "改派快递", "Reassign the carrier",
            Set.of("carrier"), Set.of("trackingNumber"));

    private static final List<ActionType> STANDARD = List.of(CHASE_CARRIER, CONTACT_BUYER, ADD_WAYBILL_NOTE,
            SPLIT_ORDER, CANCEL_LINES, APPROVE_REFUND, INTERCEPT_PARCEL, REASSIGN_CARRIER);

    private ActionType(String name, LocalizedText displayName, boolean standard) {
        super(name, displayName, standard);
    }

    private static ActionType standard(String name, String zh, String en, Set<String> required, Set<String> optional) {
        ActionType t = new ActionType(name, new LocalizedText(zh, en), true);
        KNOWN.put(name, t);
        REQUIRED.put(name, required);
        if (optional != null) {
            OPTIONAL.put(name, optional);
        }
        return t;
    }

    /**
     * @param name a standard or host-defined name, upper snake case of at most 64 characters
     * @return the type of that name: the constant for a standard name, otherwise a host type whose
     *     display name is its name in every language; never null
     * @throws NullPointerException when the name is null
     * @throws IllegalArgumentException when the name is not upper snake case of at most 64 characters
     */
    public static ActionType of(String name) {
        return intern(KNOWN, name, "WEIGH_PARCEL", (n, display) -> new ActionType(n, display, false));
    }

    /** @return the eight standard types, CHASE_CARRIER first, REASSIGN_CARRIER last */
    public static List<ActionType> standard() {
        return STANDARD;
    }

    /** @return the parameters an action of this type must have, sorted; empty for a host type */
    public List<String> requiredParameters() {
        return REQUIRED.getOrDefault(name(), Set.of()).stream().sorted().toList();
    }

    /**
     * @param parameter a parameter name
     * @return whether an action of this type may have it: a required or optional parameter of a
     *     standard type; any for {@link #CONTACT_BUYER} (template parameters) and for a host type
     */
    public boolean accepts(String parameter) {
        Set<String> optional = OPTIONAL.get(name());
        return !isStandard() || optional == null || REQUIRED.get(name()).contains(parameter)
                || optional.contains(parameter);
    }
}
