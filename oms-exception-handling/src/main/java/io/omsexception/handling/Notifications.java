package io.omsexception.handling;

import io.omsexception.LocalizedText;
import io.omsexception.model.InvalidFieldException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The texts of the notifications the library composes. */
final class Notifications {
    private Notifications() {
    }

    static Set<Channel> channels(Set<Channel> channels) {
        return channels(Args.required(channels, "channels").toArray(new Channel[0]), "channels");
    }

    static Set<Channel> channels(Channel[] values, String name) {
        Args.required(values, name);
        if (values.length == 0) {
            throw new InvalidFieldException(name, "must not be empty");
        }
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        for (int i = 0; i < values.length; i++) {
            set.add(Args.required(values[i], name + "[" + i + "]"));
        }
        return Set.copyOf(set);
    }

    /** Times in staff texts: the host's zone with its offset, never {@code Z}: {@code 2026-11-22 11:00 +08:00}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    static LocalizedText opened(ExceptionCase c, ZoneId zone) {
        String what;
        String whatZh;
        if (c.finding() != null) {
            what = c.finding().guidance().en();
            whatZh = c.finding().guidance().zh();
        } else {
            MarkRequest m = c.mark();
            String note = m.note() == null ? "" : ": " + m.note();
            String noteZh = m.note() == null ? "" : "：" + m.note();
            String delay = m.delayUntil() == null ? "" : " until " + time(m.delayUntil(), zone);
            String delayZh = m.delayUntil() == null ? "" : "，延后至 " + time(m.delayUntil(), zone);
            what = "marked " + m.reason().code() + " by " + m.actor() + delay + note;
            whatZh = m.actor() + " 标记为" + m.reason().nameZh() + delayZh + noteZh;
        }
        return new LocalizedText(
                c.department().displayName().zh() + "队列新增 " + c.priority() + " 异常 " + c.id() + "：" + whatZh,
                "New " + c.priority() + " case " + c.id() + " in " + c.department().displayName().en() + ": " + what);
    }

    static LocalizedText overdue(ExceptionCase c, ZoneId zone) {
        return new LocalizedText(
                c.department().displayName().zh() + "队列的 " + c.priority() + " 异常 " + c.id() + " 已超时：应在 "
                        + time(c.dueAt(), zone) + " 前处理",
                "Case " + c.id() + " (" + c.priority() + ") in " + c.department().displayName().en()
                        + " is overdue: it was due at " + time(c.dueAt(), zone));
    }

    static LocalizedText cancelled(String orderId, List<String> lineIds, String reason) {
        if (lineIds.isEmpty()) {
            return new LocalizedText("您的订单 " + orderId + " 已取消：" + reason,
                    "Your order " + orderId + " has been cancelled: " + reason);
        }
        return new LocalizedText("您的订单 " + orderId + " 中的商品 " + String.join("、", lineIds) + " 已取消：" + reason,
                "Lines " + String.join(", ", lineIds) + " of your order " + orderId + " have been cancelled: " + reason);
    }
}
