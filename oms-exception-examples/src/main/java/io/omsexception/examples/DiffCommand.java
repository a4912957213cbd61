package io.omsexception.examples;

import io.omsexception.BatchResult;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.adapters.AdaptedOrder;
import io.omsexception.adapters.MarketplaceAdapter;
import io.omsexception.adapters.Marketplaces;
import io.omsexception.json.InvalidRequestException;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.model.ReferenceData;
import io.omsexception.report.HandledCase;
import io.omsexception.report.HandledCaseJson;
import io.omsexception.report.ImpactPreview;
import io.omsexception.report.ImpactReport;
import io.omsexception.report.RuleImpact;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code diff REQUEST.json}: the impact preview of a rule change. Builds a "before" and an "after"
 * engine ({@link RuleSet}), evaluates the same orders with both ({@link ImpactPreview}), prints the
 * changed codes ({@link DiffSummary}) and writes {@code --json} and {@code --html}
 * ({@link ImpactReport}), each only once the whole comparison is done ({@link OutputFile}).
 */
final class DiffCommand {
    static final String HELP = """
            Usage: java -jar oms-exception-cli.jar diff REQUEST.json [OPTIONS]

            Previews a rule change: evaluates every order of REQUEST.json with the rules as they are
            ("before") and as they would be ("after") and tells, per code, on how many orders it would
            be added or removed or change whether it blocks or its priority, with sample order ids
            (the first in the file) and, with --cases, the precision estimated from staff verdicts.
            The request is read into memory whole.

            Rule sets (each side starts from the standard packs):
              --before-rules FILE_OR_DIR, --after-rules FILE_OR_DIR
                                     add a rule pack on one side (repeatable)
              --before-param NAME=VALUE, --after-param NAME=VALUE
                                     override a parameter on one side (repeatable)
              --before-param-file FILE, --after-param-file FILE
                                     overrides from a properties file (NAME=VALUE lines, UTF-8)
              --before-no-standard, --after-no-standard
                                     leave the standard packs out on that side
              --rules FILE_OR_DIR, --param NAME=VALUE, --param-file FILE
                                     the same on both sides; a side's own option wins

            Input and output:
              --format PLATFORM      read marketplace payloads instead of a request (as for evaluate)
              --as-of TIME           with --format: the reference time (default: now, the same for both)
              --cases FILE           handled cases with staff verdicts ({"cases": [...]}, as for report
                                     --cases) for the estimated precision of each changed code
              --samples N            sample order ids per code and kind of change (default 5)
              --json FILE            write the preview as JSON
              --html FILE            write it as an HTML page
              --title TEXT           the page's title
              --lang en|zh           the language of the summary and the page (default en)
              --quiet                no summary line on standard error
              --help                 this text

            Exit codes: 0 every order compared; 1 some orders rejected on either side; 2 unusable
            arguments, rules or files; 3 the run failed, nothing was written.
            """;

    private static final String C = "diff";

    private final PrintStream out;
    private final PrintStream err;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest) {
        Args a = Args.parse(C, rest, Set.of("--help", "--quiet", "--before-no-standard", "--after-no-standard"),
                Set.of("--before-rules", "--after-rules", "--rules", "--before-param", "--after-param", "--param",
                        "--before-param-file", "--after-param-file", "--param-file", "--format", "--as-of", "--cases",
                        "--samples", "--json", "--html", "--title", "--lang"),
                Set.of("--before-rules", "--after-rules", "--rules", "--before-param", "--after-param", "--param"), 1);
        if (a.flag("--help")) {
            out.print(HELP);
            return Cli.OK;
        }
        Path input = input(a);
        String lang = Demo.language(C, a);
        if (a.value("--as-of").isPresent() && a.value("--format").isEmpty()) {
            throw new UsageException("diff: --as-of needs --format: a request carries its own asOf");
        }
        int samples = (int) a.number(C, "--samples", 0, ImpactPreview.DEFAULT_SAMPLES);
        if (samples > 1_000) {
            throw new UsageException("diff: --samples must be at most 1000 but was '" + a.value("--samples").orElseThrow() + "'");
        }
        Path json = a.value("--json").map(Path::of).orElse(null);
        Path html = a.value("--html").map(Path::of).orElse(null);
        OrderExceptionEngine before = RuleSet.of(a, "before").build();
        OrderExceptionEngine after = RuleSet.of(a, "after").build();
        ImpactPreview.Builder preview = ImpactPreview.builder().samples(samples);
        a.value("--cases").map(Path::of).ifPresent(f -> preview.cases(cases(f)));
        java.util.function.Function<OrderExceptionEngine, BatchResult> evaluation = evaluation(a, input);
        RuleImpact impact;
        try {
            impact = preview.build().run(before, after, evaluation);
        } catch (RuntimeException | Error e) {
            throw new RunFailedException("diff: the run failed: " + e + "; " + nothingWritten(json, html), e);
        }
        String title = a.value("--title").orElse((lang.equals("zh") ? "规则变更影响预览：" : "Impact preview: ") + input.getFileName());
        // both files appear only complete, and only once the whole comparison is done
        try (OutputFile page = html == null ? null : OutputFile.create(html);
                OutputFile figures = json == null ? null : OutputFile.create(json)) {
            if (page != null) {
                page.stream().write(ImpactReport.titled(title).language(lang).render(impact).getBytes(StandardCharsets.UTF_8));
            }
            if (figures != null) {
                ImpactReport.writeJson(impact, figures.stream());
                figures.commit();
            }
            if (page != null) {
                page.commit();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("diff: cannot write the preview: " + Cli.message(e) + "; " + nothingWritten(json, html), e);
        }
        DiffSummary.print(out, impact, lang);
        if (!a.flag("--quiet")) {
            err.println(String.format(java.util.Locale.ROOT, "%,d orders compared, %,d changed", impact.ordersCompared(),
                    impact.ordersChanged())
                    + (json == null ? "" : "; JSON in " + json) + (html == null ? "" : "; HTML in " + html));
        }
        return impact.rejectedBefore() + impact.rejectedAfter() == 0 ? Cli.OK : Cli.REJECTED;
    }

    private static String nothingWritten(Path json, Path html) {
        List<String> files = new ArrayList<>();
        if (json != null) {
            files.add(json.toString());
        }
        if (html != null) {
            files.add(html.toString());
        }
        return files.isEmpty() ? "nothing was printed" : "nothing was written to " + String.join(" or ", files);
    }

    private static Path input(Args a) {
        if (a.positionals().isEmpty()) {
            throw new UsageException("diff: missing REQUEST.json, the orders to compare the rules on (see diff --help)");
        }
        Path p = Path.of(a.positionals().get(0));
        if (!Files.isRegularFile(p)) {
            throw new UsageException("diff: cannot read " + p + ": " + (Files.exists(p) ? "not a file" : "no such file"));
        }
        if (!Files.isReadable(p)) {
            throw new UsageException("diff: cannot read " + p + ": permission denied");
        }
        return p;
    }

    /** @return how the orders are evaluated with each engine: a request, or marketplace payloads at one reference time */
    private static java.util.function.Function<OrderExceptionEngine, BatchResult> evaluation(Args a, Path input) {
        if (a.value("--format").isEmpty()) {
            ParsedRequest request;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(input))) {
                request = OrderJson.readRequest(in);
            } catch (InvalidRequestException e) {
                throw new UsageException("diff: " + input + " is not a usable request: " + e.getMessage(), e);
            } catch (IOException | UncheckedIOException e) {
                throw new UsageException("diff: cannot read " + input + ": " + Cli.message(e), e);
            }
            return engine -> OrderJson.evaluate(engine, request);
        }
        MarketplaceAdapter adapter;
        try {
            adapter = Marketplaces.adapter(a.value("--format").orElseThrow());
        } catch (IllegalArgumentException e) {
            throw new UsageException("diff: --format: " + e.getMessage(), e);
        }
        OffsetDateTime asOf = a.value("--as-of").map(DiffCommand::time).orElseGet(OffsetDateTime::now);
        List<AdaptedOrder> read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input))) {
            read = Marketplaces.read(adapter, in);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("diff: cannot read " + input + ": " + Cli.message(e), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("diff: " + input + " is not usable as " + a.value("--format").orElseThrow() + ": "
                    + e.getMessage(), e);
        }
        return engine -> Marketplaces.evaluate(engine, read, ReferenceData.NONE, asOf);
    }

    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("diff: --as-of must be a time with an offset, for example"
                    + " 2026-11-22T10:00:00+08:00, but was '" + text + "'", e);
        }
    }

    private static List<HandledCase> cases(Path file) {
        List<HandledCase> cases = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            HandledCaseJson.read(in, cases::add);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("diff: cannot read --cases " + file + ": " + Cli.message(e), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("diff: --cases " + file + " is not usable: " + e.getMessage(), e);
        }
        return cases;
    }
}
