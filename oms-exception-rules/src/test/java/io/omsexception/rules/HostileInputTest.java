package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lenient input closed: negative thresholds, an empty rules path and null arguments are refused by name. */
class HostileInputTest {
    private static final OrderExceptionEngine ENGINE = StandardRulesTest.ENGINE;
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    private static final Order ORDER = OrderJson.readOrder("""
            {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00"}
            """);

    @Test
    void oversold_stock_is_a_negative_available_quantity_and_an_order_of_it_is_out_of_stock() {
        // GIVEN a snapshot that says TEA-001 is oversold by 2: the documented model of InventoryItem
        ParsedRequest request = OrderJson.readRequest("""
                {"asOf": "2026-11-22T10:00:00+08:00", "inventory": [{"sku": "TEA-001", "available": -2}],
                 "orders": [{"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00",
                             "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 1}]}]}
                """);
        // WHEN
        BatchResult batch = OrderJson.evaluate(ENGINE, request);
        // THEN
        assertThat(batch.errors()).isEmpty();
        Finding f = batch.results().get(0).findings().stream().filter(x -> x.code().equals("OUT_OF_STOCK")).findFirst()
                .orElseThrow();
        assertThat(f.evidence()).containsEntry("inventory[TEA-001].available", -2);
        assertThat(f.skus()).containsExactly("TEA-001");
    }

    @Test
    void a_negative_threshold_is_refused_with_the_parameter_name() {
        assertThatThrownBy(() -> GoldenCasesTest.engine(Map.of("payment.highRiskScore", "-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter payment.highRiskScore: must not be negative but was '-1'");
        assertThatThrownBy(() -> ENGINE.withParameters(Map.of("payment.amountTolerance", "-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter payment.amountTolerance: must not be negative but was '-0.01'");
        assertThatThrownBy(() -> ENGINE.withParameters(Map.of("risk.amountMultiplier", "1e100000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter risk.amountMultiplier: must be below 10^15 with at most 6 decimal places but was "
                        + "'1e100000000'");
    }

    @Test
    void an_empty_rules_path_is_refused_instead_of_loading_the_working_directory() {
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(Path.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules '': the path is empty; name a .drl file or a folder of them");
    }

    @Test
    void a_null_argument_of_the_engine_is_refused_naming_it_or_its_index() {
        List<Order> withNull = Arrays.asList(ORDER, null, ORDER);

        assertThatThrownBy(() -> ENGINE.evaluate(withNull, 0, ReferenceData.NONE, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("orders[1] must not be null");
        assertThatThrownBy(() -> ENGINE.withParameters(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("overrides must not be null");
        assertThatThrownBy(() -> ENGINE.evaluate((Order) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order must not be null");
        assertThatThrownBy(() -> ENGINE.evaluate(ORDER, null, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reference must not be null");
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules((Path) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fileOrFolder must not be null");
        assertThatThrownBy(() -> OrderExceptionEngine.builder().parameters(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values must not be null");
    }
}
