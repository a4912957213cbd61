package io.omsexception.handling;

import io.omsexception.Category;
import io.omsexception.UpperSnakeCase;
import io.omsexception.model.InvalidFieldException;
import java.util.List;

/**
 * Why a person marked an order: one of the well-known reasons or a host-defined one such as
 * {@code MarkReason.of("WAITING_FOR_INVOICE")}. Two reasons are equal when their codes are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the reason's code, upper snake case, for example {@code DELIVERY_DELAY}
 */
public record MarkReason(String code) {
    /** The delivery is late (carrier, warehouse or weather). */
    public static final MarkReason DELIVERY_DELAY = new MarkReason("DELIVERY_DELAY");
    /** The customer asked for another delivery time. */
    public static final MarkReason CUSTOMER_CHANGED_DELIVERY_TIME = new MarkReason("CUSTOMER_CHANGED_DELIVERY_TIME");
    /** The delivery is late because of an epidemic (lockdown, closed area). */
    public static final MarkReason EPIDEMIC_DELAY = new MarkReason("EPIDEMIC_DELAY");
    /** Anything else; a mark with this reason needs a note saying what. */
    public static final MarkReason OTHER = new MarkReason("OTHER");

    /**
     * Validates the code.
     *
     * @throws InvalidFieldException naming {@code reason} when the code is blank or not upper
     *     snake case of at most 64 characters
     */
    public MarkReason {
        Args.text(code, "reason");
        if (!UpperSnakeCase.matches(code)) {
            throw new InvalidFieldException("reason",
                    "must be upper snake case of at most 64 characters but was '" + code + "'");
        }
    }

    /**
     * @param code a well-known or host-defined code
     * @return the reason with that code
     * @throws InvalidFieldException naming {@code reason} when the code is invalid
     */
    public static MarkReason of(String code) {
        return new MarkReason(code);
    }

    /** @return the four well-known reasons */
    public static List<MarkReason> standard() {
        return List.of(DELIVERY_DELAY, CUSTOMER_CHANGED_DELIVERY_TIME, EPIDEMIC_DELAY, OTHER);
    }

    /** @return whether this is one of the four well-known reasons */
    public boolean isStandard() {
        return standard().contains(this);
    }

    /**
     * @return the category a mark with this reason has unless it names one: LOGISTICS for the
     *     delivery and epidemic delays, INFORMATION for a changed delivery time; null for
     *     {@link #OTHER} and the host's reasons (the mark must name one)
     */
    public Category defaultCategory() {
        if (equals(DELIVERY_DELAY) || equals(EPIDEMIC_DELAY)) {
            return Category.LOGISTICS;
        }
        return equals(CUSTOMER_CHANGED_DELIVERY_TIME) ? Category.INFORMATION : null;
    }

    /**
     * @return the reason's name in Chinese for the standard reasons (配送延迟, 客户更改配送时间,
     *     疫情延迟, 其他); the code for the host's own
     */
    public String nameZh() {
        if (equals(DELIVERY_DELAY)) {
            return "配送延迟";
        }
        if (equals(CUSTOMER_CHANGED_DELIVERY_TIME)) {
            return "客户更改配送时间";
        }
        if (equals(EPIDEMIC_DELAY)) {
            return "疫情延迟";
        }
        return equals(OTHER) ? "其他" : code;
    }

    /** @return the code */
    @Override
    public String toString() {
        return code;
    }
}
