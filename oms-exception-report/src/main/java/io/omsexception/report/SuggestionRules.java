package io.omsexception.report;

import io.omsexception.LocalizedText;
import io.omsexception.report.SuggestionRule.Measure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mapping from frequent exceptions to lasting improvements, as a list of
 * {@link SuggestionRule}s with their thresholds. {@link #standard()} is the documented default
 * (see {@code docs/statistics.md}); hosts change thresholds, drop rules or add their own.
 *
 * <p>Immutable and thread-safe.
 */
public final class SuggestionRules {
    private static final SuggestionRules STANDARD = new SuggestionRules(List.of(
            rule("payment-reminders", "PAYMENT_TIMEOUT", Measure.PER_THOUSAND_ORDERS, 2,
                    "下单 15 分钟后自动发送催付提醒，并复核未付款订单的保留时长。",
                    "Send an automatic payment reminder 15 minutes after the order is placed and review how long unpaid orders are kept."),
            rule("payment-channels", "PAYMENT_FAILED", Measure.PER_THOUSAND_ORDERS, 1,
                    "与支付服务商核对各支付渠道的失败率；某一渠道失败时引导买家改用其他支付方式。",
                    "Check each payment channel's failure rate with the provider; when one fails, offer the buyer another payment method."),
            rule("address-check", "ADDRESS_INCOMPLETE", Measure.SHARE_OF_FINDINGS, 0.30,
                    "在结算页增加地址完整性校验：省市区用选择器，详细地址必须包含门牌号。",
                    "Add an address completeness check at checkout: pick province, city and district from a list and require a house number."),
            rule("phone-check", "PHONE_INVALID", Measure.PER_THOUSAND_ORDERS, 2,
                    "在录入时校验手机号格式（中国大陆 11 位手机号或带区号的座机），格式错误不允许提交。",
                    "Validate phone numbers as they are entered (11-digit CN mobile or a landline with its area code) and refuse malformed ones."),
            rule("phone-required", "PHONE_MISSING", Measure.PER_THOUSAND_ORDERS, 1,
                    "把收件人手机号设为结算页必填项，并检查各渠道的订单接口是否漏传手机号。",
                    "Make the recipient's phone mandatory at checkout and check that every channel's order feed passes it on."),
            rule("replenishment", "OUT_OF_STOCK", Measure.PER_THOUSAND_ORDERS, 1,
                    "复核缺货最多的 SKU 的补货策略（安全库存、补货点），并设置预售阈值：库存低于阈值时自动转为预售。",
                    "Revise replenishment (safety stock, reorder points) for the SKUs most often short, and set presale thresholds so that items switch to presale before they sell out."),
            rule("listing-sync", "PRODUCT_DELISTED", Measure.PER_THOUSAND_ORDERS, 1,
                    "下架商品时同步关闭各渠道的商品链接，定期核对渠道在售商品与 ERP 商品状态。",
                    "Close the channel listings when a product is delisted, and reconcile the channels' live listings with the ERP regularly."),
            rule("sku-mapping", "UNKNOWN_SKU", Measure.PER_THOUSAND_ORDERS, 1,
                    "核对渠道商品编码与 ERP 商品编码的对应关系，新品上架前先在 ERP 建档。",
                    "Reconcile the channels' product codes with the ERP's and create new products in the ERP before listing them."),
            rule("carrier-regions", "COURIER_REJECTED", Measure.PER_THOUSAND_ORDERS, 1,
                    "更新各快递公司不配送的区域清单，下单时把这些地区的订单分配给能送达的快递。",
                    "Update the list of regions each carrier does not serve, and route orders to those regions to a carrier that does."),
            rule("stranded-parcels", "PARCEL_STRANDED", Measure.PER_THOUSAND_ORDERS, 2,
                    "按线路复核快递时效，对滞留频繁的线路设置扫描预警或更换承运商。",
                    "Review carrier performance route by route; set scan alerts on the routes where parcels strand often, or change carrier there."),
            rule("delivery-promise", "DELIVERY_OVERDUE", Measure.PER_THOUSAND_ORDERS, 2,
                    "按实际时效调整承诺送达时间，偏远地区单独设置更长的预计送达时间。",
                    "Align the promised delivery dates with the carriers' real times, with longer estimates for remote regions."),
            rule("processing-capacity", "ORDER_PROCESSING_TIMEOUT", Measure.PER_THOUSAND_ORDERS, 2,
                    "复核仓库的拣货与发货产能，大促前增加人手或设置发货时效预警。",
                    "Review the warehouse's picking and shipping capacity; add staff before campaigns or alert on orders close to their shipping deadline."),
            rule("risk-checkout", "RISK", Measure.SHARE_OF_FINDINGS, 0.25,
                    "风险类异常占比偏高：在结算时增加风控校验（大额新客验证、黑名单共享到各渠道）。",
                    "Risk findings are a large share: add checks at checkout (verify large orders of new customers, share the blacklist with every channel)."),
            rule("payment-verification", "HIGH_RISK_PAYMENT", Measure.PER_THOUSAND_ORDERS, 1,
                    "对高风险支付增加二次验证（短信验证码、3-D Secure），并与支付服务商复核风控评分规则。",
                    "Add a second verification step for high-risk payments (SMS code, 3-D Secure) and review the risk scoring with the payment provider."),
            rule("blacklist-sharing", "BLACKLISTED_CUSTOMER", Measure.PER_THOUSAND_ORDERS, 1,
                    "把黑名单同步到各渠道的下单环节，让黑名单客户在下单时即被拦截。",
                    "Share the blacklist with every channel's checkout so that blacklisted customers are stopped when they order."),
            rule("product-descriptions", "REFUND_DISPUTE", Measure.PER_THOUSAND_ORDERS, 1,
                    "完善争议最多的商品的详情页描述与实拍图，并在发货前加强质检。",
                    "Improve the descriptions and photos of the products disputed most, and strengthen the quality check before shipping."),
            rule("delay-notices", "REFUND_DUE_TO_DELAY", Measure.PER_THOUSAND_ORDERS, 1,
                    "物流延误时主动告知买家并提供加急配送，减少因延误而申请的退款。",
                    "Tell buyers about delays before they ask and offer faster delivery, so fewer of them ask for a refund because of a delay."),
            rule("return-tracking", "REFUND_AWAITING_RETURN", Measure.PER_THOUSAND_ORDERS, 1,
                    "跟踪退货物流，退货签收后自动通知财务退款。",
                    "Track return parcels and notify finance automatically as soon as a return is received.")));

    private final List<SuggestionRule> rules;

    private SuggestionRules(List<SuggestionRule> rules) {
        Map<String, SuggestionRule> byId = new LinkedHashMap<>();
        for (SuggestionRule r : rules) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("suggestion " + r.id() + ": declared twice");
            }
        }
        this.rules = List.copyOf(rules);
    }

    private static SuggestionRule rule(String id, String subject, Measure measure, double threshold, String zh, String en) {
        return new SuggestionRule(id, subject, measure, threshold, 3, new LocalizedText(zh, en));
    }

    /** @return the standard mapping, documented in {@code docs/statistics.md} */
    public static SuggestionRules standard() {
        return STANDARD;
    }

    /**
     * @param rules the rules, with distinct ids
     * @return a mapping of exactly these rules
     */
    public static SuggestionRules of(List<SuggestionRule> rules) {
        return new SuggestionRules(rules);
    }

    /** @return no rules: nothing is ever suggested */
    public static SuggestionRules none() {
        return new SuggestionRules(List.of());
    }

    /** @return the rules, in order */
    public List<SuggestionRule> rules() {
        return rules;
    }

    /**
     * @param id a rule's id
     * @param threshold its new threshold
     * @return a copy with that rule's threshold changed
     * @throws IllegalArgumentException naming the known ids when there is no such rule
     */
    public SuggestionRules withThreshold(String id, double threshold) {
        Objects.requireNonNull(id, "id");
        List<SuggestionRule> copy = new ArrayList<>(rules.size());
        boolean found = false;
        for (SuggestionRule r : rules) {
            if (r.id().equals(id)) {
                copy.add(r.withThreshold(threshold));
                found = true;
            } else {
                copy.add(r);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("suggestion " + id + ": unknown; known suggestions are "
                    + String.join(", ", rules.stream().map(SuggestionRule::id).toList()));
        }
        return new SuggestionRules(copy);
    }

    /**
     * @param rule a rule to add, with a new id
     * @return a copy with the rule added at the end
     */
    public SuggestionRules with(SuggestionRule rule) {
        List<SuggestionRule> copy = new ArrayList<>(rules);
        copy.add(Objects.requireNonNull(rule, "rule"));
        return new SuggestionRules(copy);
    }
}
