package io.omsexception.streams;

import static io.omsexception.streams.Driver.codes;
import static io.omsexception.streams.Orders.HOME;
import static io.omsexception.streams.Orders.T0;
import static io.omsexception.streams.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The inventory snapshot and the blacklist come from compacted topics as global stores: an update reaches the next evaluation. */
class ReferenceDataTest {
    private static final String CUSTOMER = "{\"customerId\": \"C-1\", \"tier\": \"REGULAR\"}";

    private static String orderOf(String orderId, String sku, int quantity) {
        return order(orderId, CUSTOMER, T0, HOME, "", sku, quantity);
    }

    @Test
    void an_inventory_update_reaches_the_next_evaluation() {
        try (Driver d = new Driver()) {
            d.inventory.pipeInput("OOLONG-9", "{\"available\": 1, \"listed\": true}");
            d.send("SO-1", orderOf("SO-1", "OOLONG-9", 2));
            assertThat(codes(d.evaluation())).contains("OUT_OF_STOCK");
            d.inventory.pipeInput("OOLONG-9", "{\"available\": 50, \"listed\": true}");
            d.send("SO-2", orderOf("SO-2", "OOLONG-9", 2));
            assertThat(codes(d.evaluation())).doesNotContain("OUT_OF_STOCK");
        }
    }

    @Test
    void a_tombstone_removes_the_sku_from_the_snapshot() {
        try (Driver d = new Driver()) {
            d.inventory.pipeInput("OOLONG-9", "{\"available\": 50}");
            d.send("SO-1", orderOf("SO-1", "OOLONG-9", 1));
            assertThat(codes(d.evaluation())).doesNotContain("UNKNOWN_SKU");
            d.inventory.pipeInput("OOLONG-9", (String) null);
            d.send("SO-2", orderOf("SO-2", "OOLONG-9", 1));
            assertThat(codes(d.evaluation())).contains("UNKNOWN_SKU");
        }
    }

    @Test
    void an_invalid_inventory_record_is_skipped_and_the_entry_stays() {
        try (Driver d = new Driver()) {
            d.inventory.pipeInput("OOLONG-9", "{\"available\": 1}");
            d.inventory.pipeInput("OOLONG-9", "{\"available\": \"many\"}");
            d.send("SO-1", orderOf("SO-1", "OOLONG-9", 2));
            assertThat(codes(d.evaluation())).contains("OUT_OF_STOCK");
        }
    }

    @Test
    void a_blacklisted_customer_is_found_and_a_tombstone_takes_them_off() {
        try (Driver d = new Driver()) {
            d.blacklist.pipeInput("customerId:C-1", "fraud case 17");
            d.send("SO-1", orderOf("SO-1", "TEA-001", 1));
            assertThat(codes(d.evaluation())).contains("BLACKLISTED_CUSTOMER");
            d.blacklist.pipeInput("customerId:C-1", (String) null);
            d.send("SO-2", orderOf("SO-2", "TEA-001", 1));
            assertThat(codes(d.evaluation())).doesNotContain("BLACKLISTED_CUSTOMER");
        }
    }

    @Test
    void a_blacklisted_phone_matches_in_another_notation() {
        try (Driver d = new Driver()) {
            d.blacklist.pipeInput("phone:+86 138-0013-8000", "");
            d.send("SO-1", orderOf("SO-1", "TEA-001", 1));
            assertThat(Driver.evidence(d.evaluation(), "BLACKLISTED_CUSTOMER").get("phoneBlacklisted").asBoolean()).isTrue();
        }
    }

    @Test
    void a_blacklisted_address_line_is_found() {
        try (Driver d = new Driver()) {
            d.blacklist.pipeInput("address:" + HOME, "");
            d.send("SO-1", orderOf("SO-1", "TEA-001", 1));
            assertThat(codes(d.evaluation())).containsExactly("ADDRESS_SUSPICIOUS");
        }
    }
}
