package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.InvalidInputException;
import io.omsexception.OrderError;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.RefundReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderJsonTest {

    static String contractRequest() throws IOException {
        try (InputStream in = OrderJsonTest.class.getResourceAsStream("contract-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void should_read_the_contract_example_exactly() throws IOException {
        ParsedRequest request = OrderJson.readRequest(contractRequest());

        assertThat(request.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00:00+08:00"));
        assertThat(request.referenceData().inventoryItem("TEA-001")).hasValueSatisfying(i -> assertThat(i.available()).isEqualTo(12));
        assertThat(request.referenceData().blacklist().phones()).containsExactly("13900000000");
        assertThat(request.orders()).singleElement().satisfies(entry -> {
            Order o = entry.order();
            assertThat(o.orderId()).isEqualTo("SO-1001");
            assertThat(o.totalAmount()).isEqualTo(new BigDecimal("199.00"));
            assertThat(o.customer().tier()).isEqualTo(CustomerTier.VIP);
            assertThat(o.lines().get(0).unitPrice()).isEqualTo(new BigDecimal("99.50"));
            assertThat(o.lines().get(0).weightKg()).isEqualTo(new BigDecimal("0.25"));
            assertThat(o.refunds().get(0).reason()).isEqualTo(RefundReason.NOT_AS_DESCRIBED);
            assertThat(o.refunds().get(0).returnShippedAt()).isNull();
            assertThat(o.shipment().lastScanAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:00:00+08:00"));
        });
    }

    @Test
    void should_write_an_order_that_reads_back_equal() throws IOException {
        Order original = OrderJson.readRequest(contractRequest()).orders().get(0).order();

        String json = OrderJson.writeOrder(original);
        Order again = OrderJson.readOrder(json);

        assertThat(again).isEqualTo(original);
        JsonNode tree = OrderJson.MAPPER.readTree(json);
        assertThat(tree.get("totalAmount").decimalValue()).isEqualTo(new BigDecimal("199.00"));
        assertThat(tree.get("createdAt").asText()).isEqualTo("2026-11-22T09:00:00+08:00");
    }

    @Test
    void should_read_money_exactly_from_numbers_and_strings() {
        // as a double, 999999999999999.99 would be 1.0E15
        Order order = OrderJson.readOrder("""
                {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "totalAmount": "0.1",
                 "payment": {"paidAmount": 999999999999999.99}}
                """);

        assertThat(order.totalAmount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(order.payment().paidAmount()).isEqualTo(new BigDecimal("999999999999999.99"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "lines": [{"sku": "A", "quantity": 1}, {"sku": "A", "quantity": 0}]   | $.lines[1].quantity          | must be greater than 0
            "lines": [{"sku": "A", "quantity": 2.5}]                              | $.lines[0].quantity          | must be a whole number but was the number 2.5
            "lines": [{"sku": "A", "quantity": "two"}]                            | $.lines[0].quantity          | must be a whole number but was the string 'two'
            "lines": [{"quantity": 1}]                                            | $.lines[0].sku               | is required
            "lines": {"sku": "A"}                                                 | $.lines                      | must be an array but was an object
            "payment": {"status": "PAYED"}                                        | $.payment.status             | must be one of UNPAID, PAID, FAILED, REFUNDED but was 'PAYED'
            "payment": {"riskScore": 120}                                         | $.payment.riskScore          | must be between 0 and 100
            "payment": {"paidAt": "yesterday"}                                    | $.payment.paidAt             | must be an ISO-8601 time with offset, like 2026-11-22T09:30:00+08:00, but was 'yesterday'
            "payment": "PAID"                                                     | $.payment                    | must be an object but was the string 'PAID'
            "totalAmount": -1                                                     | $.totalAmount                | must not be negative
            "totalAmount": "12,5"                                                 | $.totalAmount                | must be a decimal number but was '12,5'
            "totalAmount": 1e100000000, "payment": {"paidAmount": 1}              | $.totalAmount                | must be at most 999999999999999.999999 but was 1E+100000000
            "totalAmount": "１２３"                                                  | $.totalAmount                | must be a decimal number but was '１２３'
            "totalAmount": 1e99999999999                                          | $.totalAmount                | must be a number within the range of a decimal but was 1e99999999999
            "lines": [{"sku": "A", "quantity": 1.5e-2147483648}]                  | $.lines[0].quantity          | must be a number within the range of a decimal but was 1.5e-2147483648
            "hostData": [0, -1e2147483648]                                        | $.hostData[1]                | must be a number within the range of a decimal but was -1e2147483648
            "payment": {"status": "\\u001b[2J"}                                   | $.payment.status             | must be one of UNPAID, PAID, FAILED, REFUNDED but was '\\u001B[2J'
            "payment": {"paidAmount": 0.1234567}                                  | $.payment.paidAmount         | must have at most 6 decimal places but was 0.1234567
            "lines": [{"sku": "A", "quantity": 1, "unitPrice": "1e-10000"}]       | $.lines[0].unitPrice         | must have at most 6 decimal places but was 1E-10000
            "customer": {"tier": "GOLD"}                                          | $.customer.tier              | must be one of NEW, REGULAR, VIP but was 'GOLD'
            "customer": {"watchlisted": "no"}                                     | $.customer.watchlisted       | must be true or false but was the string 'no'
            "shipment": {"courierStatus": "SICK"}                                 | $.shipment.courierStatus     | must be one of ACTIVE, ON_LEAVE, RESIGNED but was 'SICK'
            "refunds": [{"reason": "BORED"}]                                      | $.refunds[0].reason          | must be one of NO_LONGER_NEEDED, NOT_AS_DESCRIBED, USED_GOODS, QUALITY, DELIVERY_DELAY, OTHER but was 'BORED'
            "refunds": [{"amount": -3}]                                           | $.refunds[0].amount          | must not be negative
            "lines": [{"sku": "AB\\uD800", "quantity": 1}]                       | $.lines[0].sku               | must be valid Unicode text (lone surrogate at index 2)
            "shippingAddress": {"detail": "\\uFFFF"}                              | $.shippingAddress.detail     | must be valid Unicode text (noncharacter U+FFFF at index 0)
            "shipment": {"carrier": "\\uDBFF\\uDFFE"}                            | $.shipment.carrier           | must be valid Unicode text (noncharacter U+10FFFE at index 0)
            """)
    void should_name_the_json_path_of_an_invalid_value(String fragment, String path, String message) {
        String json = "{\"orderId\": \"SO-1\", \"createdAt\": \"2026-11-22T09:00:00+08:00\", " + fragment + "}";

        assertThatThrownBy(() -> OrderJson.readOrder(json))
                .isInstanceOf(io.omsexception.model.InvalidFieldException.class)
                .hasMessage(path + ": " + message);
    }

    @Test
    void should_turn_each_bad_order_into_an_error_and_keep_the_others() {
        ParsedRequest request = OrderJson.readRequest("""
                {"orders": [
                  {"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "SO-1"},
                  {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"sku": "A", "quantity": 0}]},
                  "not an order",
                  {"orderId": "SO-4", "createdAt": "2026-11-22T09:00:00+08:00"}
                ]}
                """);

        assertThat(request.orders()).extracting(ParsedOrder::isValid).containsExactly(true, false, false, false, true);
        assertThat(request.orders()).filteredOn(e -> !e.isValid()).extracting(ParsedOrder::error).containsExactly(
                new OrderError(1, "SO-1", "createdAt", "is required"),
                new OrderError(2, "SO-2", "lines[0].quantity", "must be greater than 0"),
                new OrderError(3, null, "", "must be an object but was the string 'not an order'"));
    }

    @Test
    void should_refuse_an_order_id_that_would_forge_a_log_line_and_leave_it_out_of_the_error() {
        ParsedRequest request = OrderJson.readRequest("""
                {"orders": [
                  {"orderId": "SO-1\\nINFO order SO-2 approved", "createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "\\u001b[31mSO-2", "createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "SO-3", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"sku": "\\uD800", "quantity": 1}]}
                ]}
                """);

        assertThat(request.orders()).extracting(ParsedOrder::error).containsExactly(
                new OrderError(0, null, "orderId", "must not contain control characters"),
                new OrderError(1, null, "orderId", "must not contain control characters"),
                new OrderError(2, "SO-3", "lines[0].sku", "must be valid Unicode text (lone surrogate at index 0)"));
    }

    @Test
    void should_refuse_a_blacklist_entry_that_is_not_valid_unicode_with_its_path() {
        assertThatThrownBy(() -> OrderJson.readRequest("{\"blacklist\": {\"phones\": [\"139\", \"\\uD800\"]}, \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.blacklist.phones[1]: must be valid Unicode text (lone surrogate at index 0)");
    }

    @Test
    void should_read_reference_data_given_after_the_orders() {
        ParsedRequest request = OrderJson.readRequest("""
                {"orders": [], "asOf": "2026-11-22T10:00:00Z", "inventory": [{"sku": "A", "available": 1}],
                 "unknownField": {"ignored": [1, 2]}}
                """);

        assertThat(request.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00:00Z"));
        assertThat(request.referenceData().hasInventory()).isTrue();
    }

    @Test
    void should_report_a_bad_request_and_a_bad_order_as_the_same_kind_of_error_with_its_path() {
        assertThatThrownBy(() -> OrderJson.readRequest("{\"inventory\": [{\"available\": 1}], \"orders\": []}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.inventory[0].sku");
                    assertThat(e.problem()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> OrderJson.readOrder("{\"orderId\": \"SO-1\", \"createdAt\": \"2026-11-22T09:00:00+08:00\", "
                + "\"lines\": [{\"sku\": \"A\", \"quantity\": 0}]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.lines[0].quantity");
                    assertThat(e.problem()).isEqualTo("must be greater than 0");
                });
    }

    @Test
    void should_refuse_content_after_the_request_object_in_both_passes_instead_of_losing_its_orders() {
        String order = "{\"orderId\": \"SO-%s\", \"createdAt\": \"2026-11-22T09:00:00+08:00\"}";
        String two = "{\"orders\": [" + order.formatted("A") + "]}{\"orders\": [" + order.formatted("B") + "]}";

        assertThatThrownBy(() -> OrderJson.readRequest(two))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$: unexpected content after the request object at line 1, column 76");
        assertThatThrownBy(() -> OrderJson.scan(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)), false, e -> { }))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$: unexpected content after the request object at line 1, column 76");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"orders\": []}\n  xyz"))
                .hasMessage("$: unexpected content after the request object at line 2, column 3");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"orders\": []} ]"))
                .hasMessage("$: unexpected content after the request object at line 1, column 16");
        assertThat(OrderJson.readRequest("{\"orders\": []}\n\t \r\n").orders()).isEmpty();
    }

    @Test
    void should_refuse_a_duplicate_key_of_an_order_naming_its_path_and_read_the_other_orders() {
        ParsedRequest request = OrderJson.readRequest("""
                {"orders": [
                  {"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00", "payment": {"status": "UNPAID", "status": "PAID"}},
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "payment": {"status": "PAID"}},
                  {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"sku": "A", "quantity": 1, "sku": "B"}]},
                  {"orderId": "SO-3", "createdAt": "2026-11-22T09:00:00+08:00", "host data": {"a": [1], "a": [2]}}
                ]}
                """);

        assertThat(request.orders()).extracting(ParsedOrder::error).containsExactly(
                new OrderError(0, "SO-0", "payment.status", "duplicate key"),
                null,
                new OrderError(2, "SO-2", "lines[0].sku", "duplicate key"),
                new OrderError(3, "SO-3", "['host data'].a", "duplicate key"));
        assertThat(OrderJson.path(request.orders().get(3).error())).isEqualTo("$.orders[3]['host data'].a");
        assertThatThrownBy(() -> OrderJson.readOrder("{\"orderId\": \"SO-1\", \"orderId\": \"SO-2\"}"))
                .isInstanceOf(io.omsexception.model.InvalidFieldException.class)
                .hasMessage("$.orderId: duplicate key");
    }

    @Test
    void should_refuse_a_duplicate_key_of_the_request_naming_its_path() {
        assertThatThrownBy(() -> OrderJson.readRequest("{\"orders\": [], \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders: duplicate key");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"inventory\": [{\"sku\": \"A\", \"available\": 1, \"available\": 9}], \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.inventory[0].available: duplicate key");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"blacklist\": {\"phones\": [], \"phones\": [\"1\"]}, \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.blacklist.phones: duplicate key");
        assertThat(OrderJson.readRequest("{\"orders\": [], \"note\": 1, \"note\": 2}").orders()).isEmpty();
    }

    @Test
    void should_refuse_content_after_the_order_object() {
        assertThatThrownBy(() -> OrderJson.readOrder("{\"orderId\": \"SO-1\", \"createdAt\": \"2026-11-22T09:00:00+08:00\"} {}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$: unexpected content after the order object at line 1, column 63");
    }

    @Test
    void should_refuse_a_null_argument_by_its_name_as_a_mistake_of_the_caller_not_as_bad_input() {
        assertThatThrownBy(() -> OrderJson.readRequest((String) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("json must not be null");
        assertThatThrownBy(() -> OrderJson.readRequest((InputStream) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("in must not be null");
        assertThatThrownBy(() -> OrderJson.readRequest("{}", null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("limits must not be null");
        assertThatThrownBy(() -> OrderJson.readOrder(null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("json must not be null");
        assertThatThrownBy(() -> OrderJson.scan(new ByteArrayInputStream(new byte[0]), true, null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("sink must not be null");
        assertThatThrownBy(() -> OrderJson.evaluate(null, OrderJson.readRequest("{}")))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("engine must not be null");
        assertThatThrownBy(() -> OrderJson.writeOrder(null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("order must not be null");
        assertThatThrownBy(() -> StreamingEvaluation.header(null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request must not be null");
        assertThatThrownBy(() -> ResultWriter.open(null, false))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("out must not be null");
    }

    @Test
    void should_refuse_an_unusable_request_with_the_path() {
        assertThatThrownBy(() -> OrderJson.readRequest("[]"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$: must be a JSON object with an 'orders' array");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"asOf\": \"tomorrow\", \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.asOf: must be an ISO-8601 time with offset, like 2026-11-22T09:30:00+08:00, but was 'tomorrow'");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"inventory\": [{\"available\": 1}], \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.inventory[0].sku: is required");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"inventory\": [{\"sku\": \"A\"}, {\"sku\": \"A\"}], \"orders\": []}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.inventory[1].sku: duplicate SKU A");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"orders\": [ {\"orderId\": }"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("$: not valid JSON: ");
    }
}
