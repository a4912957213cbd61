package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.Department;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the HTML report in each of its languages, English ({@code en}) and Chinese
 * ({@code zh}): labels, captions, notes, durations and the display names of categories and
 * departments. Codes, priorities, SKUs, rule names and a host's stage names are identifiers or
 * data and are shown as they are. Stateless and thread-safe.
 */
final class ReportTexts {
    /** The languages of the report. */
    static final List<String> LANGUAGES = List.of("en", "zh");

    /** By key: the English text, then the Chinese one; {@code %s} takes a value. */
    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            t("htmlLang", "en", "zh-CN"),
            t("sub", "As of %s · %s orders", "统计时间 %s · 共 %s 单"),
            t("kpi.evaluated", "Orders evaluated", "已评估订单"),
            t("kpi.noneRejected", "none rejected", "无无效订单"),
            t("kpi.rejected", "%s rejected as invalid", "%s 单因数据无效被拒"),
            t("kpi.withExceptions", "Orders with exceptions", "异常订单"),
            t("kpi.ofEvaluated", "%s of evaluated", "占已评估订单的 %s"),
            t("kpi.findings", "Findings", "异常数"),
            t("kpi.held", "%s orders held", "%s 单被拦截"),
            t("kpi.blockingShare", "Blocking share", "拦截占比"),
            t("kpi.blockingNote", "of findings stop fulfilment", "的异常拦截履约"),
            t("kpi.openCases", "Open cases", "未结案件"),
            t("kpi.noCases", "no cases given", "未提供案件"),
            t("kpi.closed", "%s closed", "已结 %s 件"),
            t("suggestions", "Suggested improvements", "改进建议"),
            t("suggestions.none", "No suggestion: no exception is frequent enough to trigger the improvement mapping.",
                    "暂无建议：没有哪类异常频繁到触发改进规则。"),
            t("chart.category", "Findings by category", "各类别异常"),
            t("chart.codes", "Top codes", "最常见的异常代码"),
            t("chart.skus", "SKUs most often involved", "最常涉及的 SKU"),
            t("chart.handling", "Handling time by code (mean, p90)", "各代码处理时长（平均、90 分位）"),
            t("svg.category", "Share of findings by category", "各类别异常占比"),
            t("svg.findings", "findings", "条异常"),
            t("svg.codes", "Findings per code", "各代码异常数"),
            t("svg.noFindings", "No findings.", "没有异常。"),
            t("svg.skus", "Findings per SKU", "各 SKU 异常数"),
            t("svg.noSkus", "No finding names an SKU.", "没有异常涉及 SKU。"),
            t("svg.handling", "Mean handling time per code, with the 90th percentile as a tick",
                    "各代码平均处理时长，刻度线为 90 分位"),
            t("svg.noCases", "No handled cases were given:\nhandling times appear once closed cases are passed in.",
                    "未提供已处理的案件：\n传入已结案件后显示处理时长。"),
            t("svg.p90", "p90", "90 分位"),
            t("table.codes", "Codes", "异常代码"),
            t("table.categories", "Categories", "类别"),
            t("table.departments", "Departments", "部门"),
            t("table.priorities", "Priorities", "优先级"),
            t("table.skus", "SKUs most often involved", "最常涉及的 SKU"),
            t("table.rules", "Rule hits", "规则命中"),
            t("table.handlingCode", "Handling time by code", "各代码处理时长"),
            t("table.handlingDepartment", "Handling time by department", "各部门处理时长"),
            t("table.stages", "Stages (slowest first)", "处理环节（最慢在前）"),
            t("table.backlog", "Open backlog by age", "未结案件账龄"),
            t("table.precision", "Precision from staff verdicts (lowest first)", "按人工结论估算的准确率（最低在前）"),
            t("table.none", "none", "无"),
            t("actions", "Actions", "处理操作"),
            t("table.actions", "Actions by type and code", "各操作类型、代码的操作"),
            t("table.escalations", "Escalations of overdue cases", "超时案件升级"),
            t("col.actionType", "Action", "操作"),
            t("col.executed", "Executed", "已执行"),
            t("col.proposed", "Proposed to staff", "待人工确认"),
            t("col.failed", "Failed", "失败"),
            t("col.toLead", "To the department lead", "升级至部门主管"),
            t("col.toManager", "To a manager", "升级至经理"),
            t("col.code", "Code", "代码"),
            t("col.category", "Category", "类别"),
            t("col.department", "Department", "部门"),
            t("col.findings", "Findings", "异常数"),
            t("col.share", "Share", "占比"),
            t("col.blocking", "Blocking", "拦截数"),
            t("col.priority", "Priority", "优先级"),
            t("col.sku", "SKU", "SKU"),
            t("col.codes", "Codes", "代码"),
            t("col.rule", "Rule", "规则"),
            t("col.hits", "Hits", "命中数"),
            t("col.group", "Group", "分组"),
            t("col.closedCases", "Closed cases", "已结案件"),
            t("col.mean", "Mean", "平均"),
            t("col.median", "Median", "中位数"),
            t("col.p90", "p90", "90 分位"),
            t("col.max", "Max", "最长"),
            t("col.stage", "Stage", "环节"),
            t("col.finished", "Finished", "已完成"),
            t("col.age", "Age", "账龄"),
            t("col.openCases", "Open cases", "未结案件"),
            t("col.judged", "Judged cases", "已判定案件"),
            t("col.genuine", "Genuine", "属实"),
            t("col.falseAlarms", "False alarms", "误报"),
            t("col.precision", "Precision", "准确率"),
            t("footer", "Generated by oms-exception. Shares of findings count every finding; an order with three findings "
                    + "counts three times.", "由 oms-exception 生成。异常占比按每条异常计算：一个订单有三条异常即计三次。"));

    private ReportTexts() {
    }

    private static Map.Entry<String, List<String>> t(String key, String en, String zh) {
        return Map.entry(key, List.of(en, zh));
    }

    /**
     * @param language {@code en} or {@code zh}
     * @param key a key of the table above
     * @param values the values of its {@code %s}, in order
     * @return the text in that language
     */
    static String text(String language, String key, Object... values) {
        String t = TEXTS.get(key).get(LANGUAGES.indexOf(language));
        return values.length == 0 ? t : String.format(Locale.ROOT, t, values);
    }

    /** @return the category's display name in the language; a host category shows its name */
    static String category(String language, String name) {
        return Category.of(name).displayName().in(language);
    }

    /** @return the department's display name in the language; a host department shows its name */
    static String department(String language, String name) {
        return Department.of(name).displayName().in(language);
    }

    /**
     * @param language {@code en} or {@code zh}
     * @param d a duration
     * @return it readably: {@code 2 h 05 min}, {@code 3 d 4 h}, {@code 45 s}; in Chinese
     *     {@code 2 小时 05 分}, {@code 3 天 4 小时}, {@code 45 秒}
     */
    static String duration(String language, Duration d) {
        boolean zh = language.equals("zh");
        long s = d.getSeconds();
        if (s >= 86_400) {
            return s / 86_400 + (zh ? " 天 " : " d ") + (s % 86_400) / 3_600 + (zh ? " 小时" : " h");
        }
        if (s >= 3_600) {
            return s / 3_600 + (zh ? " 小时 " : " h ") + String.format(Locale.ROOT, "%02d", (s % 3_600) / 60)
                    + (zh ? " 分" : " min");
        }
        if (s >= 60) {
            return s / 60 + (zh ? " 分" : " min");
        }
        return s + (zh ? " 秒" : " s");
    }

    /**
     * @param language {@code en} or {@code zh}
     * @param b a backlog bucket
     * @return its label: the bucket's own in English ({@code 1 h - 4 h}), the same range in
     *     Chinese ({@code 1 小时 - 4 小时})
     */
    static String backlog(String language, BacklogBucket b) {
        if (!language.equals("zh")) {
            return b.label();
        }
        if (b.to() == null) {
            return ">= " + shortDuration(b.from());
        }
        return b.from().isZero() ? "< " + shortDuration(b.to()) : shortDuration(b.from()) + " - " + shortDuration(b.to());
    }

    /** The Chinese of {@link StatisticsCollector#shortDuration(Duration)}: its largest whole unit. */
    private static String shortDuration(Duration d) {
        long s = d.getSeconds();
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + " 天";
        }
        if (s != 0 && s % 3_600 == 0) {
            return s / 3_600 + " 小时";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + " 分钟";
        }
        return s + " 秒";
    }
}
