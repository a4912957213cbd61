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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * How a host embeds the library with its own rules: the standard packs plus the example custom pack
 * ({@code custom-rules/custom-checks.drl} on the class path, its parameters declared in
 * {@code custom-checks.properties}), with the weight limit overridden by the host.
 */
public final class EmbeddingExample {
    /** The custom pack's DRL resource. */
    public static final String CUSTOM_DRL = "custom-rules/custom-checks.drl";
    /** The custom pack's parameter declarations. */
    public static final String CUSTOM_PROPERTIES = "custom-rules/custom-checks.properties";

    private EmbeddingExample() {
    }

    /**
     * @return the example custom pack, read from the class path with its declared parameters
     */
    public static RulePack customPack() {
        ClassLoader loader = EmbeddingExample.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(CUSTOM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(CUSTOM_PROPERTIES + " is missing from the class path");
            }
            return RulePack.fromClasspath("custom-checks", loader, CUSTOM_DRL)
                    .withParameters(PackParameters.read(in, CUSTOM_PROPERTIES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds an engine with the standard and the custom rules, evaluates one order to Xinjiang that
     * mixes presale and in-stock lines and weighs 6 kg, and prints what it found.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        OrderExceptionEngine engine = OrderExceptionEngine.builder()
                .withStandardRules()
                .addRules(customPack())
                .parameter("custom.maxWeightKg", "5.5")   // the host's own limit instead of 5 kg
                .build();

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
