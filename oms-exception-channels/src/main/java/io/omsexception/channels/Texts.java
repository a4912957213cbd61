package io.omsexception.channels;

import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.NotificationKind;
import io.omsexception.handling.StaffNotification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts a channel sends for a notification, in one language, with times in one zone and its
 * offset ({@code 2026-11-22 11:00 +08:00}, never {@code Z}). Titles are Chinese for {@code zh} and
 * English otherwise. Immutable.
 */
final class Texts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private final String language;
    private final boolean zh;
    private final ZoneId zone;

    Texts(String language, ZoneId zone) {
        this.language = language;
        this.zh = language.equals("zh");
        this.zone = zone;
    }

    String language() {
        return language;
    }

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** {@code 新异常 P1 · 财务}, {@code 异常超时 P1 · 财务}; {@code New case P1 · Finance}. */
    String staffTitle(StaffNotification n) {
        String what;
        if (n.kind() == NotificationKind.CASE_OPENED) {
            what = zh ? "新异常 " : "New case ";
        } else if (n.kind() == NotificationKind.CASE_OVERDUE) {
            what = zh ? "异常超时 " : "Overdue case ";
        } else {
            what = zh ? "异常通知 " : "Case notice ";
        }
        return what + n.priority() + " · " + n.department().displayName().in(language);
    }

    /** The message, then the due time, then the assignee when there is one. */
    List<String> staffLines(StaffNotification n) {
        List<String> lines = new ArrayList<>(3);
        lines.add(n.message().in(language));
        lines.add((zh ? "截止：" : "Due: ") + time(n.dueAt()));
        if (n.assignee() != null) {
            lines.add((zh ? "处理人：" : "Assignee: ") + n.assignee());
        }
        return lines;
    }

    /** The title on its own line, then the lines. */
    String staffText(StaffNotification n) {
        return staffTitle(n) + "\n" + String.join("\n", staffLines(n));
    }

    /** The title in bold, the message, then the due time and the assignee as quotes. */
    String staffMarkdown(StaffNotification n) {
        List<String> lines = staffLines(n);
        StringBuilder b = new StringBuilder("**").append(staffTitle(n)).append("**\n").append(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            b.append("\n> ").append(line);
        }
        return b.toString();
    }

    /** {@code 您的订单 SO-1 处理进度}; {@code 您的订单 SO-1 已取消}. */
    String customerSubject(CustomerNotification n) {
        String id = n.orderId();
        if (n.kind() == NotificationKind.ORDER_CANCELLED) {
            return zh ? "您的订单 " + id + " 已取消" : "Your order " + id + " has been cancelled";
        }
        if (n.kind() == NotificationKind.LINES_CANCELLED) {
            return zh ? "您的订单 " + id + " 部分商品已取消" : "Some items of your order " + id + " have been cancelled";
        }
        return zh ? "您的订单 " + id + " 处理进度" : "An update on your order " + id;
    }

    /**
     * @return the text cut to at most {@code maxBytes} bytes of UTF-8, whole characters only, ending
     *     in {@code …} when cut
     */
    static String limit(String text, int maxBytes) {
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - 3; // the ellipsis takes 3 bytes
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + bytes > budget) {
                break;
            }
            b.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    String customerBody(CustomerNotification n) {
        return n.message().in(language);
    }
}
