package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.OrderError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
    static final String ORDER = "\"orderId\": \"SO-1\", \"createdAt\": \"2026-11-22T09:00:00+08:00\"";

    static OrderJson.RequestHeader firstPass(String json, JsonLimits limits) {
        return OrderJson.scan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), false, o -> { }, limits);
    }

    @Test
    void should_keep_the_documented_defaults() {
        JsonLimits d = JsonLimits.DEFAULTS;

        assertThat(List.of(d.maxStringLength(), d.maxNestingDepth(), d.maxNumberLength(), d.maxFieldNameLength(),
                d.maxLinesPerOrder(), d.maxBlacklistEntries(), d.maxInventoryEntries()))
                .containsExactly(1_000_000, 100, 100, 1_000, 1_000, 1_000_000, 1_000_000);
        assertThat(JsonLimits.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(JsonLimits.builder().maxLinesPerOrder(5).build()).isNotEqualTo(d)
                .hasToString("JsonLimits[maxStringLength=1000000, maxNestingDepth=100, maxNumberLength=100, "
                        + "maxFieldNameLength=1000, maxLinesPerOrder=5, maxBlacklistEntries=1000000, maxInventoryEntries=1000000]");
    }

    @Test
    void should_refuse_a_setting_given_twice() {
        assertThatThrownBy(() -> JsonLimits.builder().maxStringLength(10).maxStringLength(20))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxStringLength was already set");
        assertThatThrownBy(() -> JsonLimits.builder().maxNestingDepth(10).maxNestingDepth(10))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxNestingDepth was already set");
        assertThatThrownBy(() -> JsonLimits.builder().maxInventoryEntries(1).maxBlacklistEntries(1).maxInventoryEntries(2))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxInventoryEntries was already set");
    }

    @Test
    void should_refuse_a_limit_below_1() {
        assertThatThrownBy(() -> JsonLimits.builder().maxNumberLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxNumberLength must be at least 1 but was 0");
        assertThatThrownBy(() -> JsonLimits.builder().maxLinesPerOrder(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLinesPerOrder must be at least 1 but was -1");
    }

    @Test
    void should_refuse_a_string_beyond_the_limit_with_its_path_and_where_it_starts() {
        JsonLimits limits = JsonLimits.builder().maxStringLength(30).build();
        String json = "{\"orders\": [{" + ORDER + ", \"note\": \"" + "x".repeat(31) + "\"}]}";

        assertThatThrownBy(() -> OrderJson.readRequest(json, limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders[0].note: string longer than 30 characters (limit maxStringLength) at line 1, column 83");
        assertThat(OrderJson.readRequest("{\"orders\": [{" + ORDER + ", \"note\": \"" + "x".repeat(30) + "\"}]}", limits)
                .orders()).singleElement().satisfies(o -> assertThat(o.isValid()).isTrue());
    }

    @Test
    void should_refuse_a_long_string_in_the_first_pass_although_it_skips_the_orders() {
        JsonLimits limits = JsonLimits.builder().maxStringLength(30).build();

        assertThatThrownBy(() -> firstPass("{\"orders\": [{" + ORDER + ", \"note\": \"" + "x".repeat(31) + "\"}]}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders[0].note: string longer than 30 characters (limit maxStringLength) at line 1, column 83");
        assertThatThrownBy(() -> firstPass("{\"orders\": [], \"unknown\": {\"a\": [\"" + "x".repeat(31) + "\"]}}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.unknown.a[0]: string longer than 30 characters (limit maxStringLength) at line 1, column 34");
    }

    @Test
    void should_refuse_nesting_beyond_the_limit_even_inside_an_unknown_field() {
        JsonLimits limits = JsonLimits.builder().maxNestingDepth(4).build();

        assertThatThrownBy(() -> firstPass("{\"orders\": [], \"x\": [[[[1]]]]}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.x[0][0][0]: nested deeper than 4 levels (limit maxNestingDepth) at line 1, column 24");
    }

    @Test
    void should_refuse_a_number_and_a_field_name_beyond_their_limits() {
        JsonLimits limits = JsonLimits.builder().maxNumberLength(5).maxFieldNameLength(11).build();

        assertThatThrownBy(() -> OrderJson.readRequest("{\"orders\": [{" + ORDER + ", \"totalAmount\": 123456}]}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders[0].totalAmount: number with more than 5 digits (limit maxNumberLength) at line 1, column 96");
        assertThatThrownBy(() -> firstPass("{\"orders\": [{" + ORDER + ", \"twelve-chars\": 1}]}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders[0]: field name longer than 11 characters (limit maxFieldNameLength) at line 1, column 89");
    }

    @Test
    void should_refuse_an_order_with_too_many_lines_and_read_the_next_one() {
        JsonLimits limits = JsonLimits.builder().maxLinesPerOrder(2).build();
        String line = "{\"sku\": \"A\", \"quantity\": 1}";

        ParsedRequest request = OrderJson.readRequest("{\"orders\": [{" + ORDER + ", \"lines\": [" + line + ", " + line + ", "
                + line + ", {\"deep\": [[\"rest\"]]}]}, {" + ORDER.replace("SO-1", "SO-2") + ", \"lines\": [" + line + ", " + line + "]}]}",
                limits);

        assertThat(request.orders()).extracting(ParsedOrder::error)
                .containsExactly(new OrderError(0, "SO-1", "lines", "must have at most 2 entries"), null);
        assertThat(request.orders().get(1).order().lines()).hasSize(2);
    }

    @Test
    void should_refuse_an_inventory_or_a_blacklist_list_with_too_many_entries() {
        JsonLimits limits = JsonLimits.builder().maxInventoryEntries(2).maxBlacklistEntries(1).build();

        assertThatThrownBy(() -> OrderJson.readRequest("{\"inventory\": [{\"sku\": \"A\"}, {\"sku\": \"B\"}, {\"sku\": \"C\"}], \"orders\": []}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.inventory: must have at most 2 entries");
        assertThatThrownBy(() -> OrderJson.readRequest("{\"blacklist\": {\"customerIds\": [\"C-1\"], \"phones\": [\"1\", \"2\"]}, \"orders\": []}", limits))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.blacklist.phones: must have at most 1 entry");
        assertThat(OrderJson.readRequest("{\"inventory\": [{\"sku\": \"A\"}, {\"sku\": \"B\"}], "
                + "\"blacklist\": {\"customerIds\": [\"C-1\"], \"phones\": [\"1\"]}, \"orders\": []}", limits)
                .referenceData().inventory()).containsOnlyKeys("A", "B");
    }

    @Test
    void should_refuse_a_number_beyond_the_default_limit_with_its_path_instead_of_failing_without_a_location() {
        String json = "{\"orders\": [{" + ORDER + ", \"totalAmount\": " + "9".repeat(1_001) + "}]}";
        List<ParsedOrder> sink = new ArrayList<>();

        assertThatThrownBy(() -> OrderJson.scan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, sink::add))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders[0].totalAmount: number with more than 100 digits (limit maxNumberLength) at line 1, column 1091");
    }

    @Test
    void should_leave_the_stream_of_a_request_open_as_documented() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream("{\"orders\": []}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        OrderJson.readRequest(in);

        assertThat(closed[0]).isFalse();
    }
}
