package io.omsexception.examples;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.adapters.AdaptedOrder;
import io.omsexception.adapters.MarketplaceAdapter;
import io.omsexception.adapters.Marketplaces;
import io.omsexception.json.ResultWriter;
import io.omsexception.model.ReferenceData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code evaluate --format PLATFORM FILE [--as-of TIME]}: marketplace payloads read with the
 * platform's adapter, evaluated, written as the result JSON. An error's path is
 * {@code $.orders[i]} (the i-th order read from the file) and its message names the payload and
 * the JSON path in it ({@code payload 2: $.trade.orders.order[1].num: must be a whole number but was 'two'}).
 */
final class MarketplaceInput {
    private MarketplaceInput() {
    }

    static int evaluate(Args a, Path file, OrderExceptionEngine engine, Path output, PrintStream out, PrintStream err) {
        String format = a.value("--format").orElseThrow();
        MarketplaceAdapter adapter;
        try {
            adapter = Marketplaces.adapter(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("evaluate: --format: " + e.getMessage(), e);
        }
        OffsetDateTime asOf = a.value("--as-of").map(MarketplaceInput::time).orElse(null);
        List<AdaptedOrder> read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read = Marketplaces.read(adapter, in);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("evaluate: cannot read " + file + ": " + e.getMessage(), e);
        }
        BatchResult result = Marketplaces.evaluate(engine, read, ReferenceData.NONE, asOf);
        // the file appears only complete (a temporary file moved into place), and the document
        // ends with the end marker, as for a request
        try (OutputFile target = output == null ? null : OutputFile.create(output)) {
            OutputStream o = target == null ? Cli.nonClosing(out) : target.stream();
            ResultWriter writer = ResultWriter.open(o, a.flag("--pretty"), Cli.texts(a));
            for (OrderEvaluation e : result.results()) {
                writer.write(e);
            }
            for (OrderError e : result.errors()) {
                writer.write(e);
            }
            writer.complete();
            o.close();
            if (target != null) {
                target.commit();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("evaluate: cannot write " + (output == null ? "the results" : output) + ": "
                    + e.getMessage() + (output == null ? "" : "; nothing was written to " + output), e);
        }
        if (!a.flag("--quiet")) {
            err.println(read.size() + " orders read from " + file + " as " + format + ": " + result.results().size()
                    + " evaluated, " + result.errors().size() + " rejected" + (output == null ? "" : "; results in " + output));
        }
        return result.errors().isEmpty() ? Cli.OK : Cli.REJECTED;
    }

    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("evaluate: --as-of must be a time with an offset, for example"
                    + " 2026-11-22T10:00:00+08:00, but was '" + text + "'", e);
        }
    }
}
