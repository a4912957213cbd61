package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.BatchResult;
import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.OrderError;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.model.Order;
import io.omsexception.model.ShipmentStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The contract additions of catalog v2: ship-by deadline, platform subsidy, several parcels, refund lines, internal codes. */
class CatalogV2ContractTest {
    private static final String TWO_PARCELS = """
            {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
             {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00",
              "lines": [{"lineId": "1", "sku": "A", "quantity": 1}, {"lineId": "2", "sku": "B", "quantity": 1}],
              "shipments": [
                {"carrier": "SF", "trackingNumber": "SF1", "status": "OUT_FOR_DELIVERY", "lineIds": ["1"]},
                {"carrier": "YTO", "trackingNumber": "YT2", "status": "DELIVERY_FAILED", "lineIds": ["2"]}],
              "refunds": [{"refundId": "R-1", "status": "APPROVED", "lineIds": ["2"]}]}
            %s]}
            """;

    private static ParsedOrder only(String more) {
        return OrderJson.readRequest(TWO_PARCELS.formatted(more)).orders().get(more.isEmpty() ? 0 : 1);
    }

    private static OrderError errorOf(String order) {
        ParsedOrder entry = only("," + order);
        assertThat(entry.isValid()).isFalse();
        return entry.error();
    }

    @Test
    void the_contract_example_carries_the_deadline_the_subsidy_and_the_refunded_lines() throws IOException {
        Order o = OrderJson.readRequest(OrderJsonTest.contractRequest()).orders().get(0).order();

        assertThat(o.promisedShipAt()).isEqualTo(OffsetDateTime.parse("2026-11-24T09:00:00+08:00"));
        assertThat(o.payment().platformSubsidy()).isEqualByComparingTo("20.00");
        assertThat(o.refunds().get(0).lineIds()).containsExactly("1");
        assertThat(o.shipments()).isEmpty();
        assertThat(o.parcels()).containsExactly(o.shipment());
    }

    @Test
    void several_parcels_are_read_with_their_lines_and_written_back_equal() {
        Order o = only("").order();

        assertThat(o.shipment()).isNull();
        assertThat(o.shipments()).extracting(s -> s.status())
                .containsExactly(ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED);
        assertThat(o.shipments().get(1).lineIds()).containsExactly("2");
        assertThat(o.isShipped()).isTrue();
        assertThat(o.isShipped(o.lines().get(0))).isTrue();
        assertThat(OrderJson.readOrder(OrderJson.writeOrder(o))).isEqualTo(o);
    }

    @Test
    void giving_both_shipment_and_shipments_is_an_error_naming_shipments() {
        OrderError e = errorOf("""
                {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00",
                 "shipment": {"status": "SHIPPED"}, "shipments": [{"status": "SHIPPED"}]}""");

        assertThat(OrderJson.path(e)).isEqualTo("$.orders[1].shipments");
        assertThat(e.message()).isEqualTo(
                "must not be given together with shipment (the one-parcel form); give every parcel in shipments");
    }

    @Test
    void a_line_id_no_line_has_is_an_error_naming_it() {
        OrderError e = errorOf("""
                {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"lineId": "1", "sku": "A", "quantity": 1}],
                 "refunds": [{"refundId": "R-1", "status": "OPEN", "lineIds": ["1", "9"]}]}""");

        assertThat(OrderJson.path(e)).isEqualTo("$.orders[1].refunds[0].lineIds[1]");
        assertThat(e.message()).isEqualTo("names no line of the order: no line has lineId '9'");
    }

    @Test
    void a_line_named_twice_by_a_parcel_and_line_ids_on_the_one_parcel_form_are_errors() {
        OrderError twice = errorOf("""
                {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"lineId": "1", "sku": "A", "quantity": 1}],
                 "shipments": [{"status": "SHIPPED", "lineIds": ["1", "1"]}]}""");
        OrderError onePart = errorOf("""
                {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"lineId": "1", "sku": "A", "quantity": 1}],
                 "shipment": {"status": "SHIPPED", "lineIds": ["1"]}}""");

        assertThat(OrderJson.path(twice)).isEqualTo("$.orders[1].shipments[0].lineIds[1]");
        assertThat(twice.message()).isEqualTo("names line '1' twice");
        assertThat(OrderJson.path(onePart)).isEqualTo("$.orders[1].shipment.lineIds");
        assertThat(onePart.message()).isEqualTo(
                "must be absent: the one-parcel shipment carries every line; give parcels with lineIds in shipments");
    }

    @Test
    void a_negative_subsidy_and_an_unknown_status_name_their_path() {
        OrderError subsidy = errorOf("""
                {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "payment": {"platformSubsidy": -1}}""");
        OrderError status = errorOf("""
                {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "shipments": [{"status": "LOST"}]}""");

        assertThat(OrderJson.path(subsidy)).isEqualTo("$.orders[1].payment.platformSubsidy");
        assertThat(subsidy.message()).isEqualTo("must not be negative");
        assertThat(OrderJson.path(status)).isEqualTo("$.orders[1].shipments[0].status");
        assertThat(status.message()).isEqualTo("must be one of CREATED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, "
                + "DELIVERY_FAILED, REJECTED, RETURNED but was 'LOST'");
    }

    @Test
    void more_parcels_than_an_order_may_have_lines_are_refused_with_their_path() {
        JsonLimits limits = JsonLimits.builder().maxLinesPerOrder(1).build();
        ParsedRequest request = OrderJson.readRequest(TWO_PARCELS.formatted("").replace(
                "\"lines\": [{\"lineId\": \"1\", \"sku\": \"A\", \"quantity\": 1}, {\"lineId\": \"2\", \"sku\": \"B\", \"quantity\": 1}],",
                "\"lines\": [{\"lineId\": \"1\", \"sku\": \"A\", \"quantity\": 1}],"), limits);

        OrderError e = request.orders().get(0).error();
        assertThat(OrderJson.path(e)).isEqualTo("$.orders[0].shipments");
        assertThat(e.message()).isEqualTo("must have at most 1 entry");
    }

    @Test
    void an_internal_code_is_written_without_a_customer_message() throws IOException {
        RulePack pack = RulePack.builder("internal").drl("internal.drl", """
                package host.rules;
                import io.omsexception.facts.*;
                global Findings findings;
                rule "NOTE: always" @code("NOTE") when $o : OrderFacts() then findings.raise($o); end
                """)
                .code("NOTE", Category.LOGISTICS, Priority.P3, Department.LOGISTICS, BlockingPolicy.NEVER)
                .internal("NOTE").guidance("zh", "NOTE", "备注快递").guidance("en", "NOTE", "Note the courier").build();
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack).build();
        BatchResult result = OrderJson.evaluate(engine, OrderJson.readRequest(TWO_PARCELS.formatted("")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OrderJson.writeResult(result, out);

        JsonNode finding = OrderJson.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).at("/results/0/exceptions/0");
        assertThat(finding.get("code").asText()).isEqualTo("NOTE");
        assertThat(finding.get("guidance").get("zh").asText()).isEqualTo("备注快递");
        assertThat(finding.has("customerMessage")).isFalse();
    }
}
