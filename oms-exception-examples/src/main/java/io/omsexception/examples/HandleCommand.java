package io.omsexception.examples;

import io.omsexception.handling.ActionPolicies;
import io.omsexception.handling.ActionRequest;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.NotificationKind;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.StaffNotification;
import io.omsexception.handling.jdbc.StoredHistory;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.HtmlReport;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.report.StatisticsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code handle} command: a day of the demo handled end to end with a policy file
 * ({@link HandledDay}), printed as the actions by type and code (executed, proposed, failed), the
 * first carrier chases, the escalations and progress messages, and the audit trail of one order;
 * with {@code --html FILE} and {@code --json FILE}, the day's report: the evaluated orders and the
 * handled cases read back from the store ({@link StoredHistory}), with their actions and
 * escalations, each file written only complete ({@link OutputFile}).
 */
final class HandleCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final PrintStream out;

    HandleCommand(PrintStream out) {
        this.out = out;
    }

    int run(Args a) {
        if (a.flag("--help")) {
            out.print(Help.HANDLE);
            return Cli.OK;
        }
        boolean zh = Demo.language("handle", a).equals("zh");
        String policyName = a.value("--policy").orElse(HandledDay.POLICY);
        ActionPolicies policies;
        try {
            policies = a.value("--policy").isPresent() ? ActionPolicies.read(Path.of(policyName)) : bundledPolicy();
        } catch (InvalidFieldException e) {
            throw new UsageException("handle: --policy " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageException("handle: --policy " + e.getMessage(), e);
        }
        Path html = a.value("--html").map(Path::of).orElse(null);
        Path json = a.value("--json").map(Path::of).orElse(null);
        HandledDay.Result day = HandledDay.run(policies, request());
        String from = TIME.format(day.start().atOffset(request().asOf().getOffset()));
        out.println(zh ? "用策略 " + policyName + " 处理样例一天：从 " + from + " 起，监控每小时运行一次，共 "
                + (HandledDay.HOURS + 1) + " 次，无人处理案件"
                : "The sample day handled with the policy " + policyName + ": from " + from + ", the monitor every hour, "
                        + (HandledDay.HOURS + 1) + " runs, nobody on the staff working a case");
        out.println();
        out.println(zh ? "各类型、代码的操作（已执行 / 待人工确认 / 失败）：" : "Actions by type and code (executed / proposed / failed):");
        List<List<String>> table = new ArrayList<>();
        table.add(zh ? List.of("操作", "代码", "已执行", "待确认", "失败") : List.of("ACTION", "CODE", "EXECUTED", "PROPOSED", "FAILED"));
        for (Map.Entry<String, int[]> e : day.outcomes().entrySet()) {
            String[] typeCode = e.getKey().split(" ");
            String type = zh ? io.omsexception.ActionType.of(typeCode[0]).displayName().zh() : typeCode[0];
            table.add(List.of(type, typeCode[1], String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1]),
                    String.valueOf(e.getValue()[2])));
        }
        Text.printTable(out, table);
        out.println();
        List<String> chases = day.executed().stream().filter(r -> r.action().type().name().equals("CHASE_CARRIER"))
                .limit(5).map(r -> r.caseId().orderId() + " (" + r.customerTier() + ", " + r.action().text("carrier") + " "
                        + r.action().text("trackingNumber") + ")").toList();
        out.println((zh ? "最先催派的包裹（VIP 客户优先）：" : "The first carrier chases (VIP customers first): ")
                + String.join(", ", chases));
        long lead = count(day.staff(), NotificationKind.ESCALATED_TO_LEAD);
        long manager = count(day.staff(), NotificationKind.ESCALATED_TO_MANAGER);
        long failed = count(day.staff(), NotificationKind.ACTION_FAILED);
        long progress = day.customers().stream().filter(n -> n.idempotencyKey().contains("/PROGRESS/")).count();
        out.println(zh ? "超时升级：" + lead + " 个案件升级至部门主管，" + manager + " 个升级至经理；" + failed
                + " 个自动操作多次失败后转人工；向客户发送进度消息 " + progress + " 条"
                : "Escalations: " + lead + " cases to their department's lead, " + manager + " to a manager; " + failed
                        + " failed actions handed to staff; " + progress + " progress messages to customers");
        day.executed().stream().filter(r -> r.action().type().name().equals("CHASE_CARRIER")).findFirst().ifPresent(r -> {
            out.println();
            out.println((zh ? "订单 " + r.caseId().orderId() + " 的审计记录：" : "The audit trail of " + r.caseId().orderId() + ":"));
            for (AuditEntry e : day.store().trail(r.caseId().orderId())) {
                out.println("  " + e.toText(request().asOf().getOffset()));
            }
        });
        if (html != null || json != null) {
            report(day, zh, policyName, html, json);
        }
        return Cli.OK;
    }

    /**
     * The day's statistics: the bundled orders as evaluated at the start of the day, and every case
     * of the day as stored at its end, with its actions and escalations.
     */
    static ExceptionStatistics statistics(HandledDay.Result day, ParsedRequest request) {
        StatisticsCollector collector = new StatisticsCollector().add(OrderJson.evaluate(HandledDay.engine(), request));
        List<ExceptionCase> cases = new ArrayList<>();
        day.orderIds().forEach(id -> cases.addAll(day.store().findByOrder(id)));
        collector.addCases(StoredHistory.handledCases(day.store(), cases));
        return collector.result(day.start().plus(java.time.Duration.ofHours(HandledDay.HOURS)));
    }

    private void report(HandledDay.Result day, boolean zh, String policyName, Path html, Path json) {
        ExceptionStatistics stats = statistics(day, request());
        String title = zh ? "样例一天的异常订单处理（策略 " + policyName + "）" : "The sample day handled (policy " + policyName + ")";
        String files = html == null ? String.valueOf(json) : json == null ? html.toString() : html + " or " + json;
        // each file appears only complete
        try (OutputFile page = html == null ? null : OutputFile.create(html);
                OutputFile figures = json == null ? null : OutputFile.create(json)) {
            if (page != null) {
                page.stream().write(HtmlReport.titled(title).language(zh ? "zh" : "en").zone(request().asOf().getOffset())
                        .render(stats).getBytes(StandardCharsets.UTF_8));
            }
            if (figures != null) {
                StatisticsJson.write(stats, figures.stream());
                figures.commit();
            }
            if (page != null) {
                page.commit();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("handle: cannot write the report: " + Cli.message(e) + "; nothing was written to "
                    + files, e);
        }
        out.println();
        out.println((zh ? "当天报告（含操作与升级）：" : "The day's report, with its actions and escalations: ")
                + (html == null ? "" : html) + (html != null && json != null ? ", " : "") + (json == null ? "" : json));
    }

    private static long count(List<StaffNotification> staff, NotificationKind kind) {
        return staff.stream().filter(n -> n.kind() == kind).count();
    }

    private ParsedRequest cached;

    private ParsedRequest request() {
        if (cached == null) {
            try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(Demo.REQUEST)) {
                if (in == null) {
                    throw new UsageException("handle: the bundled request " + Demo.REQUEST + " is missing; rebuild the jar");
                }
                cached = OrderJson.readRequest(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    static ActionPolicies bundledPolicy() {
        try (InputStream in = HandleCommand.class.getClassLoader().getResourceAsStream(HandledDay.POLICY)) {
            if (in == null) {
                throw new UsageException("handle: the bundled policy " + HandledDay.POLICY + " is missing; rebuild the jar");
            }
            return ActionPolicies.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), HandledDay.POLICY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
