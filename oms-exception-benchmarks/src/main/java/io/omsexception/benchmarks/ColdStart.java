package io.omsexception.benchmarks;

import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import io.omsexception.rules.StandardRules;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Cold start, run in a fresh JVM: from the first line of {@code main} to the engine built and the
 * first order evaluated. Prints one line {@code coldStart mode=... readyMs=... firstResultMs=...
 * jvmStartToFirstResultMs=... mainThreadCpuMs=...}: {@code firstResultMs} counts from {@code main},
 * {@code jvmStartToFirstResultMs} from the JVM's start (class loading before main included), and
 * {@code mainThreadCpuMs} is the CPU time of the main thread since the JVM started, a steadier
 * figure than wall time on a busy machine.
 *
 * <p>Arguments: {@code precompiled} (default: the standard packs as shipped) or {@code drl} (the
 * same packs compiled from DRL at start-up).
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * @param args {@code precompiled} or {@code drl}
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        String mode = args.length == 0 ? "precompiled" : args[0];
        OrderExceptionEngine.Builder builder = OrderExceptionEngine.builder();
        if (mode.equals("drl")) {
            StandardRules.drlPacks().forEach(builder::addRules);
        } else {
            builder.withStandardRules();
        }
        OrderExceptionEngine engine = builder.build();
        long ready = System.nanoTime();
        // an order as a host hands it over: built in code, not generated
        OffsetDateTime asOf = OffsetDateTime.parse("2026-11-22T18:00:00+08:00");
        Order order = Order.builder("SO-1", asOf.minusHours(2)).totalAmount("199.00")
                .shippingAddress(new ShippingAddress("张三", "13800138000", "CN", "浙江省", "杭州市", "西湖区", "文三路 1 号", "310012"))
                .payment(new Payment(PaymentStatus.PAID, "ALIPAY", new BigDecimal("199.00"), asOf.minusHours(2), 10))
                .addLine(new OrderLine("1", "TEA-001", "西湖龙井", 2, new BigDecimal("99.50"), null, false))
                .build();
        OrderEvaluation result = engine.evaluate(order, ReferenceData.NONE, asOf);
        long first = System.nanoTime();
        long firstWall = System.currentTimeMillis();
        // from the JVM's start (the process, give or take its first milliseconds) to the first result
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        // the main thread's own CPU time: on a shared, busy machine it moves far less than wall time
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.println("coldStart mode=" + mode + " rules=" + engine.ruleCount()
                + " readyMs=" + (ready - start) / 1_000_000 + " firstResultMs=" + (first - start) / 1_000_000
                + " jvmStartToFirstResultMs=" + (firstWall - jvmStart)
                + " mainThreadCpuMs=" + cpu / 1_000_000 + " codes=" + result.codes());
    }
}
