package io.omsexception.examples;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.report.CodeCount;
import io.omsexception.report.Count;
import io.omsexception.report.ExceptionStatistics;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The demo's summary lines in English or Chinese: orders, findings and the blocking share, then
 * findings by category, department and code. In Chinese, categories and departments show their
 * Chinese display names; codes are identifiers in both languages.
 */
final class Summary {
    private Summary() {
    }

    /**
     * @param out where to print
     * @param stats the day's statistics
     * @param lang {@code en} or {@code zh}
     */
    static void print(PrintStream out, ExceptionStatistics stats, String lang) {
        boolean zh = lang.equals("zh");
        List<Count> departments = stats.byDepartment().stream().filter(c -> c.count() > 0).toList();
        StringBuilder codes = new StringBuilder();
        for (CodeCount c : stats.byCode()) {
            codes.append(codes.length() == 0 ? "" : zh ? "，" : ", ").append(c.code()).append(' ').append(c.count());
        }
        if (zh) {
            out.printf(Locale.ROOT, "概况：共 %,d 单，其中 %,d 单有异常（%.1f%%），共 %,d 条异常，其中 %.1f%% 拦截履约；被拦截订单 %,d 单。%n",
                    stats.ordersEvaluated(), stats.ordersWithExceptions(), stats.exceptionRate() * 100, stats.findings(),
                    stats.blockingShare() * 100, stats.blockingOrders());
            out.println("按类别：" + counts(stats.byCategory(), k -> Category.of(k).displayName().zh(), true));
            out.println("按部门：" + counts(departments, k -> Department.of(k).displayName().zh(), true));
            out.println("按代码：" + codes);
        } else {
            out.printf(Locale.ROOT, "Summary: %,d orders, %,d with exceptions (%.1f%%), %,d findings, %.1f%% of them blocking; "
                    + "%,d orders held.%n", stats.ordersEvaluated(), stats.ordersWithExceptions(), stats.exceptionRate() * 100,
                    stats.findings(), stats.blockingShare() * 100, stats.blockingOrders());
            out.println("By category:   " + counts(stats.byCategory(), k -> k, false));
            out.println("By department: " + counts(departments, k -> k, false));
            out.println("By code:       " + codes);
        }
    }

    private static String counts(List<Count> counts, Function<String, String> name, boolean zh) {
        StringBuilder b = new StringBuilder();
        for (Count c : counts) {
            b.append(b.length() == 0 ? "" : "  ").append(name.apply(c.key())).append(' ').append(c.count())
                    .append(String.format(Locale.ROOT, zh ? "（%.0f%%）" : " (%.0f%%)", c.share() * 100));
        }
        return b.toString();
    }
}
