package io.omsexception.benchmarks;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.RulePackBuilder;

/**
 * Generates a rule pack of {@code n} rules of the standard catalog's kinds (unpaid too long,
 * payment risk score, amount difference, processing time, parcel without scan, late delivery,
 * busy customer, stock short, heavy line, return under way), each with its own code and
 * threshold: the "ten times as many rules" of the scaling benchmark. Rule {@code i} is of kind
 * {@code i % 10}; its threshold moves with {@code i / 10} from the catalog's default (or a value
 * like it) towards stricter ones, so that, like the standard packs, the rules fire on the few
 * exceptional orders rather than on ordinary ones: on the benchmark's generated day the 250-rule
 * pack flags about as many orders as the catalog does. (A first version with thresholds below the
 * defaults flagged a fifth of the orders with two findings each, which measured the cost of
 * findings rather than of rules; see docs/performance.md.)
 */
public final class GeneratedPack {
    private GeneratedPack() {
    }

    /**
     * @param n the number of rules
     * @return the pack, named {@code generated-n}
     */
    public static RulePack of(int n) {
        RulePackBuilder pack = RulePack.builder("generated-" + n).drl("generated-" + n + ".drl", drl(n));
        for (int i = 0; i < n; i++) {
            String code = code(i);
            pack.code(code, Category.RISK, Priority.valueOf("P" + (1 + i % 4)), Department.RISK_CONTROL,
                            i % 2 == 0 ? BlockingPolicy.ALWAYS : BlockingPolicy.NEVER)
                    .texts("zh", code, "核对", "处理中")
                    .texts("en", code, "Check", "In progress");
        }
        return pack.build();
    }

    private static String code(int i) {
        return "GEN_" + String.format("%03d", i);
    }

    /**
     * @param n the number of rules
     * @return the DRL; its codes are declared by {@link #of(int)}
     */
    public static String drl(int n) {
        StringBuilder drl = new StringBuilder("""
                package io.omsexception.benchmarks.generated;

                import io.omsexception.facts.Findings;
                import io.omsexception.facts.LineFacts;
                import io.omsexception.facts.OrderFacts;
                import io.omsexception.facts.RefundFacts;
                import io.omsexception.facts.SkuFacts;
                import io.omsexception.model.ShipmentStatus;

                global Findings findings;

                """);
        for (int i = 0; i < n; i++) {
            int step = i / 10;
            String code = code(i);
            String when;
            String then;
            switch (i % 10) {
                case 0 -> {
                    when = "$o : OrderFacts(payment.unpaid, secondsSinceCreated > " + (30 + step) * 60 + ")";
                    then = "\"secondsSinceCreated\", $o.getSecondsSinceCreated()";
                }
                case 1 -> {
                    when = "$o : OrderFacts(payment.riskScore != null, payment.riskScore >= " + (80 + step % 20) + ")";
                    then = "\"payment.riskScore\", $o.getPayment().getRiskScore()";
                }
                case 2 -> {
                    when = "$o : OrderFacts(payment.amountDifference != null, payment.amountDifference > " + (1 + step % 20) + ")";
                    then = "\"amountDifference\", $o.getPayment().getAmountDifference()";
                }
                case 3 -> {
                    when = "$o : OrderFacts(payment.paid, !shipped, payment.secondsSincePaid != null, payment.secondsSincePaid > " + (48 + step) * 3600L + ")";
                    then = "\"secondsSincePaid\", $o.getPayment().getSecondsSincePaid()";
                }
                case 4 -> {
                    when = "$o : OrderFacts(shipment.status == ShipmentStatus.IN_TRANSIT, shipment.secondsSinceLastScan != null, "
                            + "shipment.secondsSinceLastScan > " + (48 + 2 * step) * 3600L + ")";
                    then = "\"secondsSinceLastScan\", $o.getShipment().getSecondsSinceLastScan()";
                }
                case 5 -> {
                    when = "$o : OrderFacts(shipment.status == ShipmentStatus.IN_TRANSIT || shipment.status == ShipmentStatus.SHIPPED, "
                            + "shipment.secondsPastEstimatedDelivery != null, shipment.secondsPastEstimatedDelivery > " + step * 1800L + ")";
                    then = "\"secondsPastEstimatedDelivery\", $o.getShipment().getSecondsPastEstimatedDelivery()";
                }
                case 6 -> {
                    when = "$o : OrderFacts(customer.ordersLast24h >= " + (10 + step % 20) + " || customer.addressChangesLast30d >= " + (3 + step % 5) + ")";
                    then = "\"customer.ordersLast24h\", $o.getCustomer().getOrdersLast24h()";
                }
                case 7 -> {
                    when = "$o : OrderFacts()\n    $s : SkuFacts(order == $o, available != null, quantity > available - " + step % 5 + ")";
                    then = "\"skus[\" + $s.getSku() + \"].ordered\", $s.getQuantity()";
                }
                case 8 -> {
                    when = "$o : OrderFacts()\n    $l : LineFacts(order == $o, quantity > " + (4 + step) + ")";
                    then = "$l.getPath() + \".quantity\", $l.getQuantity()";
                }
                default -> {
                    when = "$o : OrderFacts()\n    $r : RefundFacts(order == $o, open, returnRequired, secondsSinceReturnShipped != null, "
                            + "secondsSinceReturnShipped > " + (7 + step % 14) * 86_400L + ")";
                    then = "$r.getPath() + \".refundId\", $r.getRefundId()";
                }
            }
            drl.append("rule \"").append(code).append(": generated rule ").append(i).append("\"\n")
                    .append("    @code(\"").append(code).append("\")\n")
                    .append("when\n    ").append(when).append("\nthen\n    findings.raise($o, ").append(then).append(");\nend\n\n");
        }
        return drl.toString();
    }
}
