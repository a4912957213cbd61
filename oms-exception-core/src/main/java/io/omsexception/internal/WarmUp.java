package io.omsexception.internal;

import io.omsexception.ParameterDefinition;
import io.omsexception.ParameterType;
import io.omsexception.facts.FactInput;
import io.omsexception.facts.OrderFacts;
import io.omsexception.facts.Parameters;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Start-up on two cores: while the building thread loads the precompiled models and builds the
 * knowledge base, a background thread loads and initialises the classes the first evaluation
 * needs (a session of an empty knowledge base fired once, the facts of a sample order). Once per
 * JVM, best effort: it shares nothing with the engine being built, and a failure only costs the
 * time it would have saved.
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    static void startOnce(ClassLoader classLoader) {
        if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> run(classLoader), "oms-exception-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(ClassLoader classLoader) {
        try {
            KieBase empty = KieBaseBuilder.createKieBaseFromModel(List.of(),
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader));
            KieSession session = empty.newKieSessionsPool(1).newKieSession();
            try {
                session.insert(new Object());
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            // parameters that feed every fact input, so that every derivation runs once
            Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
            definitions.put("warmUp.regions", ParameterDefinition.list("warmUp.regions", List.of("新疆"), "warm-up")
                    .feeding(FactInput.REMOTE_REGIONS));
            definitions.put("warmUp.phrases", ParameterDefinition.list("warmUp.phrases", List.of("测试地址", "test order"), "warm-up")
                    .feeding(FactInput.FAKE_ADDRESS_PHRASES));
            definitions.put("warmUp.words", ParameterDefinition.list("warmUp.words", List.of("测试", "test"), "warm-up")
                    .feeding(FactInput.FAKE_ADDRESS_WORDS));
            definitions.put("warmUp.rural", ParameterDefinition.list("warmUp.rural", List.of("村"), "warm-up")
                    .feeding(FactInput.RURAL_MARKERS));
            definitions.put("warmUp.cities", ParameterDefinition.list("warmUp.cities", List.of("东莞"), "warm-up")
                    .feeding(FactInput.CITIES_WITHOUT_DISTRICTS));
            definitions.put("warmUp.hours", new ParameterDefinition("warmUp.hours", ParameterType.HOURS, "48", "warm-up")
                    .feeding(FactInput.PROCESSING_HOURS));
            definitions.put("warmUp.allocate", new ParameterDefinition("warmUp.allocate", ParameterType.BOOLEAN, "true",
                    "warm-up").feeding(FactInput.ALLOCATE_ACROSS_REQUEST));
            definitions.put("warmUp.repeated", ParameterDefinition.integer("warmUp.repeated", 4, "warm-up")
                    .feeding(FactInput.REPEATED_CHARACTER_MIN));
            OffsetDateTime asOf = OffsetDateTime.parse("2026-01-01T12:00:00+08:00");
            Order order = Order.builder("WARM-UP", asOf.minusHours(1)).totalAmount("1.00")
                    .customer(new Customer("C", CustomerTier.VIP, 1, BigDecimal.ONE, 0, 0, 0, false))
                    .shippingAddress(new ShippingAddress("a", "+86 138 0000 0000转123", "CN", "新疆", "c", null, "d 1", "1"))
                    .payment(new Payment(PaymentStatus.PAID, "m", BigDecimal.ONE, asOf, 1))
                    .addLine(new OrderLine("1", "S", "n", 1, BigDecimal.ONE, BigDecimal.ONE, false))
                    .shipment(new Shipment("c", "t", ShipmentStatus.IN_TRANSIT, asOf, asOf, asOf, "h", null))
                    .addRefund(new Refund("r", RefundStatus.OPEN, RefundReason.OTHER, BigDecimal.ONE, asOf, true, asOf, null))
                    .build();
            new OrderFacts(order, ReferenceData.NONE, asOf, new Parameters(definitions, Map.of()));
        } catch (RuntimeException | LinkageError e) {
            // best effort only
        }
    }
}
