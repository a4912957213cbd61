package io.omsexception.handling;

import io.omsexception.LocalizedText;
import io.omsexception.model.InvalidFieldException;
import java.util.EnumSet;
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

    static LocalizedText opened(ExceptionCase c) {
        String what;
        String whatZh;
        if (c.finding() != null) {
            what = c.finding().guidance().en();
            whatZh = c.finding().guidance().zh();
        } else {
            MarkRequest m = c.mark();
            String note = m.note() == null ? "" : ": " + m.note();
            String noteZh = m.note() == null ? "" : "：" + m.note();
            what = "marked " + m.reason().code() + " by " + m.actor() + note;
            whatZh = m.actor() + " 标记为 " + m.reason().code() + noteZh;
        }
        return new LocalizedText(
                c.department() + " 队列新增 " + c.priority() + " 异常 " + c.id() + "：" + whatZh,
                "New " + c.priority() + " case " + c.id() + " in " + c.department() + ": " + what);
    }

    static LocalizedText overdue(ExceptionCase c) {
        return new LocalizedText(
                c.department() + " 队列的 " + c.priority() + " 异常 " + c.id() + " 已超时：应在 " + c.dueAt() + " 前处理",
                "Case " + c.id() + " (" + c.priority() + ") in " + c.department() + " is overdue: it was due at "
                        + c.dueAt());
    }

    static LocalizedText cancelled(String orderId, String reason) {
        return new LocalizedText("您的订单 " + orderId + " 已取消：" + reason,
                "Your order " + orderId + " has been cancelled: " + reason);
    }
}
