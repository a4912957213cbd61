package io.omsexception.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the command line's class-data sharing archive (docs/cli.md, "Start
 * faster"): the package step runs it once with {@code -XX:ArchiveClassesAtExit}, on the shaded
 * jar's class path, so that the archive holds the classes of the commands a short run starts with:
 * {@code demo} on the bundled day (the README's command) and {@code evaluate} of a small request
 * to an output file (the cold start the benchmarks measure). Their output is discarded; a command
 * that fails fails the build, since its archive would miss classes.
 *
 * <p>Not part of the command line: {@code java -cp oms-exception-cli.jar
 * io.omsexception.examples.CdsTraining}, no arguments. Single-threaded; writes only in a
 * temporary folder, deleted afterwards.
 */
final class CdsTraining {
    /** Two orders: one clean, one still unpaid past the payment timeout, so a finding is written. */
    static final String REQUEST = """
            {"asOf": "2026-11-22T18:00:00+08:00", "orders": [
              {"orderId": "TRAIN-1", "createdAt": "2026-11-22T16:00:00+08:00", "totalAmount": 199.00,
               "shippingAddress": {"recipient": "张三", "phone": "13800138000", "country": "CN", "province": "浙江省",
                 "city": "杭州市", "district": "西湖区", "detail": "文三路 1 号"},
               "payment": {"status": "PAID", "method": "ALIPAY", "amount": 199.00},
               "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 2, "unitPrice": 99.50}]},
              {"orderId": "TRAIN-2", "createdAt": "2026-11-22T08:00:00+08:00", "totalAmount": 59.00,
               "shippingAddress": {"recipient": "李四", "phone": "13900139000", "country": "CN", "province": "广东省",
                 "city": "深圳市", "district": "南山区", "detail": "科技园路 8 号"},
               "payment": {"status": "UNPAID", "method": "WECHAT", "amount": 59.00},
               "lines": [{"lineId": "1", "sku": "MUG-002", "quantity": 1, "unitPrice": 59.00}]}]}
            """;

    private CdsTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args none
     * @throws IOException when the temporary folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("oms-exception-cds-training");
        try {
            Path request = Files.writeString(dir.resolve("request.json"), REQUEST, StandardCharsets.UTF_8);
            run(discard, "demo");
            run(discard, "evaluate", request.toString(), "--quiet", "--output", dir.resolve("results.json").toString());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(PrintStream discard, String... args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new Cli(discard, err).run(args);
        if (code != Cli.OK) {
            throw new IllegalStateException("the CDS training run of '" + String.join(" ", args) + "' exited with " + code);
        }
    }
}
