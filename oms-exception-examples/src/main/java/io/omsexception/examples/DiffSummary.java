package io.omsexception.examples;

import io.omsexception.report.CodeImpact;
import io.omsexception.report.RuleImpact;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The summary {@code diff} prints, in English or Chinese: the orders compared and changed, the
 * parameters changed, then one row per changed code with its counts, the estimated precision (with
 * {@code --cases}) and its sample orders. Codes, parameter names and order ids are identifiers and
 * stay as they are.
 */
final class DiffSummary {
    private DiffSummary() {
    }

    static void print(PrintStream out, RuleImpact impact, String lang) {
        boolean zh = lang.equals("zh");
        if (zh) {
            out.printf(Locale.ROOT, "影响预览：共比较 %,d 单，其中 %,d 单有变化（变更前拒绝 %,d 单，变更后 %,d 单）；被拦截订单 %,d → %,d 单。%n",
                    impact.ordersCompared(), impact.ordersChanged(), impact.rejectedBefore(), impact.rejectedAfter(),
                    impact.blockingBefore(), impact.blockingAfter());
        } else {
            out.printf(Locale.ROOT, "Impact preview: %,d orders compared, %,d changed (%,d rejected before, %,d after); "
                    + "orders held %,d → %,d.%n", impact.ordersCompared(), impact.ordersChanged(), impact.rejectedBefore(),
                    impact.rejectedAfter(), impact.blockingBefore(), impact.blockingAfter());
        }
        if (!impact.parameterChanges().isEmpty()) {
            List<String> changes = new ArrayList<>();
            for (RuleImpact.ParameterChange p : impact.parameterChanges()) {
                String none = zh ? "（未声明）" : "(not declared)";
                changes.add(p.name() + " " + (p.before() == null ? none : p.before()) + " → " + (p.after() == null ? none : p.after()));
            }
            out.println((zh ? "变更的参数：" : "Parameters changed: ") + String.join(zh ? "；" : "; ", changes));
        }
        List<CodeImpact> changed = impact.changedCodes();
        if (changed.isEmpty()) {
            out.println(zh ? "没有代码变化：两套规则在每个订单上触发的异常相同。"
                    : "No code changed: both rule sets raise the same codes, blocking and priorities on every order.");
            return;
        }
        out.printf(Locale.ROOT, zh ? "有变化的代码（共触发 %d 个代码，其中 %d 个有变化）：%n" : "Changed codes (%2$d of %1$d raised):%n",
                impact.codes().size(), changed.size());
        boolean precision = impact.judgedCases() > 0;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(zh
                ? List.of("代码", "变更前", "变更后", "新增", "消失", "拦截变化", "优先级变化")
                : List.of("code", "before", "after", "added", "removed", "blocking changed", "priority changed"));
        if (precision) {
            header.add(zh ? "准确率 变更前 → 变更后" : "precision before → after");
        }
        header.add(zh ? "示例订单" : "sample orders");
        rows.add(header);
        for (CodeImpact c : changed) {
            List<String> row = new ArrayList<>(List.of(c.code(), n(c.before()), n(c.after()), n(c.added()), n(c.removed()),
                    n(c.blockingChanged()), n(c.priorityChanged())));
            if (precision) {
                row.add(c.precision() == null ? (zh ? "未知" : "unknown")
                        : share(c.precision().before(), zh) + " → " + share(c.precision().after(), zh));
            }
            row.add(samples(c, zh));
            rows.add(row);
        }
        Text.printTable(out, rows);
    }

    private static String samples(CodeImpact c, boolean zh) {
        List<String> parts = new ArrayList<>();
        part(parts, zh ? "新增" : "added", c.addedSamples(), zh);
        part(parts, zh ? "消失" : "removed", c.removedSamples(), zh);
        part(parts, zh ? "拦截" : "blocking", c.blockingSamples(), zh);
        part(parts, zh ? "优先级" : "priority", c.prioritySamples(), zh);
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, String label, List<String> ids, boolean zh) {
        if (!ids.isEmpty()) {
            parts.add(label + (zh ? "：" : ": ") + String.join(", ", ids));
        }
    }

    private static String share(OptionalDouble v, boolean zh) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", v.getAsDouble() * 100) : zh ? "未知" : "unknown";
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
