package io.omsexception.examples;

/** The {@code --help} texts. */
final class Help {
    private Help() {
    }

    static final String TOOL = """
            oms-exception: find, classify and guide the handling of exception orders.

            Usage: java -jar oms-exception-cli.jar COMMAND [OPTIONS]

            Commands:
              demo                       evaluate the bundled sample day and print the most urgent exceptions
              evaluate REQUEST.json      evaluate a request; write the result JSON
              report REQUEST.json        evaluate a request; write statistics as an HTML report (and JSON)
              generate --orders N        write a request of N generated sample orders
              handle [--policy FILE]     handle the sample day end to end: actions by policy, monitor, escalations
              diff REQUEST.json          preview a rule change: the codes it adds and removes, per code
              streams --bootstrap-servers HOST:PORT
                                         run the Kafka Streams topology: orders in, evaluations out

            Run COMMAND --help for a command's options. Exit codes: 0 every order was evaluated;
            1 some orders were rejected as invalid (they are in "errors"); 2 unusable arguments or files;
            3 the run failed (a rule threw an Error, out of memory, a bug): no output file was written.
            Documentation: docs/cli.md
            """;

    static final String EVALUATE = """
            Usage: java -jar oms-exception-cli.jar evaluate REQUEST.json [OPTIONS]

            Evaluates every order of REQUEST.json (the request JSON of docs/order-json.md) with the
            standard rule packs and writes the result JSON ({"results": [...], "errors": [...]}).
            Large files stream: the file is read twice (request-level data, then the orders in chunks),
            never held in memory. Progress goes to standard error.

            Options:
              --format PLATFORM      read marketplace payloads instead of a request: taobao, pdd, douyin,
                                     jd, shopify or woocommerce; the file holds one payload, a JSON
                                     array of payloads or one payload per line (docs/adapters.md)
              --as-of TIME           with --format: the reference time, for example
                                     2026-11-22T10:00:00+08:00 (payloads carry none; default now)
              --output FILE          write the results to FILE instead of standard output
              --rules FILE_OR_DIR    add a rule pack: a .drl file or a folder of them, with the files
                                     beside them (codes.properties, texts_*.properties,
                                     parameters.properties) (repeatable)
              --param NAME=VALUE     override a parameter, for example payment.timeoutMinutes=45 (repeatable)
              --texts MODE           how findings carry their texts: inline (default: both languages in
                                     every finding, every result in full), or by reference in the
                                     compact form: rulesVersion once at the top, a clean result as
                                     {"orderId": ...} alone, each code's texts once in a "texts"
                                     table at the end: zh, en, both; none for codes only
                                     (docs/order-json.md, "Texts by reference")
              --pretty               indent the JSON
              --quiet                no progress or summary on standard error
              --help                 this text

            The output file appears only when every order was written (it is written to a temporary
            file beside it first); on standard output the document ends with the end marker
            "complete": {"orders": N, "results": R, "errors": E}: without it the run did not finish.

            Exit codes: 0 every order evaluated; 1 some orders rejected as invalid (see "errors");
            2 unusable arguments, rules or files; 3 the run failed, nothing was written.
            """;

    static final String REPORT = """
            Usage: java -jar oms-exception-cli.jar report REQUEST.json --html FILE [OPTIONS]

            Evaluates REQUEST.json like evaluate and writes the statistics: counts and shares by code,
            category and department, blocking share, the SKUs most often involved, rule hits and the
            improvement suggestions, as one self-contained HTML file with charts (no network needed).

            Options:
              --html FILE            where to write the HTML report (required)
              --json FILE            also write the statistics as JSON
              --cases FILE           handled cases ({"cases": [...]}, see docs/statistics.md) for the
                                     handling times, the open backlog, the slowest stage and each
                                     code's precision from staff verdicts
              --title TEXT           the report's title
              --lang en|zh           the report's language (default en); zh: Chinese labels and
                                     Chinese names of categories and departments
              --rules FILE_OR_DIR    add a rule pack (repeatable), as for evaluate
              --param NAME=VALUE     override a parameter (repeatable), as for evaluate
              --quiet                no progress or summary on standard error
              --help                 this text

            Exit codes: as for evaluate.
            """;

    static final String DEMO = """
            Usage: java -jar oms-exception-cli.jar demo [--lang en|zh] [--top N]

            Evaluates the bundled sample day (5,000 generated orders, about 4% exceptional) with the
            standard rule packs and prints the most urgent exceptions by code (priority, then blocking,
            then how many orders) with their whole guidance, then a summary by category, department and
            code and the suggested improvements, most worth doing first.

            Options:
              --lang en|zh           the language of the output (default en); zh: Chinese labels,
                                     guidance and suggestions, Chinese names of departments and categories
              --top N                how many codes to list (default 15)
              --help                 this text
            """;

    static final String HANDLE = """
            Usage: java -jar oms-exception-cli.jar handle [--policy FILE] [--lang en|zh] [--html FILE] [--json FILE]

            Handles the bundled sample day end to end: the standard packs and the example custom pack
            evaluate it, the policy decides each finding's actions (AUTO, PROPOSE or NEVER), a demo
            executor carries them out through the outbox (it cannot intercept parcels: those fail, are
            retried and handed to staff), and the monitor runs every hour for four hours: in-transit
            parcels hourly, the other orders every two hours, escalations of overdue cases, progress
            messages to customers. Prints the actions by type and code, the first carrier chases, the
            escalations and the audit trail of one order (docs/actions.md).

            Options:
              --policy FILE          the policy file (default: the bundled demo/actions-policy.txt)
              --lang en|zh           the language of the output and of the HTML report (default en)
              --html FILE            also write the day's HTML report: the orders, the cases and
                                     their actions (executed, proposed, failed) and escalations
              --json FILE            also write the same figures as JSON (docs/statistics.md)
              --help                 this text
            """;

    static final String GENERATE = """
            Usage: java -jar oms-exception-cli.jar generate --orders N [OPTIONS]

            Writes a request of N realistic generated orders (Chinese and international addresses,
            channels, VIP and new customers, presale lines, shipments, refunds; about 4% exceptional),
            with the inventory snapshot and blacklist they are meant to be evaluated against. Streams:
            a million orders need no more memory than ten.

            Options:
              --orders N             how many orders (required)
              --seed S               the random seed (default 1); the same seed gives the same orders
              --exception-rate R     the share of exceptional orders, 0 to 1 (default 0.04)
              --output FILE          write to FILE instead of standard output
              --cases FILE           also evaluate the orders and write simulated handled cases of
                                     their exceptions to FILE, for report --cases (invented figures)
              --quiet                no progress on standard error
              --help                 this text
            """;

    static String of(String command) {
        return switch (command) {
            case "evaluate" -> EVALUATE;
            case "report" -> REPORT;
            case "demo" -> DEMO;
            case "generate" -> GENERATE;
            case "handle" -> HANDLE;
            case "diff" -> DiffCommand.HELP;
            case "streams" -> StreamsCommand.HELP;
            default -> null;
        };
    }
}
