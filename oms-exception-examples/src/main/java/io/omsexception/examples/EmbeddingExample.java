package io.omsexception.examples;

import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.RulePack;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * How a host embeds the library with its own rules: the standard packs plus the example custom pack,
 * the folder {@code custom-rules/} (its DRL with the files beside it, among them the
 * {@code parameters.properties} that declares {@code custom.maxWeightKg}), added with
 * {@code addRules(Path)}, with the weight limit overridden by the host.
 */
public final class EmbeddingExample {
    /** The custom pack's folder, as a class path resource. */
    public static final String CUSTOM_RULES = "custom-rules";
    /** The custom pack's DRL in that folder. */
    public static final String CUSTOM_DRL = CUSTOM_RULES + "/custom-checks.drl";

    private EmbeddingExample() {
    }

    /**
     * The folder of the example custom pack as a {@link Path}: a directory when the classes are on
     * disk (in the IDE, in Maven's target/classes), a folder of a zip file system when they are in
     * a jar (the zip file system is opened once and stays open).
     *
     * @return the folder holding {@code custom-checks.drl}; never null
     * @throws IllegalStateException when the pack is not on the class path
     * @throws UncheckedIOException when the jar cannot be opened
     */
    public static synchronized Path customRules() {
        URL url = EmbeddingExample.class.getClassLoader().getResource(CUSTOM_DRL);
        if (url == null) {
            throw new IllegalStateException(CUSTOM_DRL + " is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + ": not a valid URI", e);
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * @return the example custom pack, read with {@link RulePack#fromPath(Path)} from {@link #customRules()}
     */
    public static RulePack customPack() {
        return RulePack.fromPath(customRules());
    }

    /**
     * The example's engine: the standard packs, the custom pack added with
     * {@code addRules(Path)}, and the host's own weight limit.
     *
     * @param customRules the custom pack's folder
     * @return the engine
     */
    public static OrderExceptionEngine engine(Path customRules) {
        return OrderExceptionEngine.builder()
                .withStandardRules()
                .addRules(customRules)                     // the DRL, its catalog and its parameters
                .parameter("custom.maxWeightKg", "5.5")   // the host's own limit instead of 5 kg
                .build();
    }

    /**
     * Builds an engine with the standard and the custom rules, evaluates one order to Xinjiang that
     * mixes presale and in-stock lines and weighs 6 kg, and prints what it found.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        OrderExceptionEngine engine = engine(customRules());

        Order order = Order.builder("SO-2001", OffsetDateTime.parse("2026-11-22T09:00:00+08:00"))
                .shippingAddress(new ShippingAddress("王五", "13800138000", "CN", "新疆维吾尔自治区", "乌鲁木齐市", "天山区",
                        "解放北路88号", "830000"))
                .addLine(new OrderLine("1", "FRT-001", "赣南脐橙 5kg", 1, new BigDecimal("59.90"), new BigDecimal("5.2"), false))
                .addLine(new OrderLine("2", "FRT-009", "车厘子 2kg 预售", 1, new BigDecimal("239.00"), new BigDecimal("0.8"), true))
                .build();

        OrderEvaluation result = engine.evaluate(order, ReferenceData.NONE, OffsetDateTime.parse("2026-11-22T10:00:00+08:00"));
        System.out.println(result.orderId() + (result.blocking() ? ": hold the order" : ": the order may go on"));
        for (Finding f : result.findings()) {
            System.out.println("  " + f.priority() + " " + f.code() + " -> " + f.department() + ": " + f.guidance().en());
            System.out.println("     evidence " + f.evidence());
        }
    }
}
