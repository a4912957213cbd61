package io.omsexception.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.model.Blacklist;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.RiskLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference data of the topology, kept in two global stores fed by compacted topics, so that
 * every instance holds all of it and sees every update:
 * <ul>
 *   <li>inventory: key the SKU, value the contract's inventory entry
 *       ({@code {"sku": "TEA-001", "available": 12, "listed": true, "riskLevel": "NONE"}}, {@code sku}
 *       optional but, when given, the key), a tombstone (null value) removes the SKU;</li>
 *   <li>blacklist: key {@code customerId:C-666}, {@code phone:13900000000} or {@code address:某某路1号},
 *       any value lists it, a tombstone removes it.</li>
 * </ul>
 * A record that breaks these forms is logged (with its topic, partition, offset and the reason)
 * and skipped, leaving the entry as it was.
 *
 * <p>The updaters run on the global stream thread; {@link #referenceFor} is called by stream tasks
 * and reads the stores only.
 */
final class ReferenceStores {
    static final String INVENTORY_STORE = "oms-inventory";
    static final String BLACKLIST_STORE = "oms-blacklist";
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceStores.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceStores() {
    }

    /** Keeps the inventory store: parses each entry once, stores it as {@code available|listed|riskLevel}. */
    static final class InventoryUpdater implements Processor<String, byte[], Void, Void> {
        private KeyValueStore<String, String> store;
        private ProcessorContext<Void, Void> context;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            this.context = context;
            this.store = context.getStateStore(INVENTORY_STORE);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            if (record.key() == null) {
                skip(context, record, "the key (the SKU) is missing");
                return;
            }
            if (record.value() == null) {
                store.delete(record.key());
                return;
            }
            try {
                store.put(record.key(), encode(record.key(), record.value()));
            } catch (IllegalArgumentException e) {
                skip(context, record, e.getMessage());
            }
        }

        static String encode(String sku, byte[] value) {
            JsonNode item;
            try {
                item = MAPPER.readTree(new String(value, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("$: is not JSON");
            }
            if (item == null || !item.isObject()) {
                throw new IllegalArgumentException("$: must be an object");
            }
            JsonNode given = item.get("sku");
            if (given != null && !given.isNull() && !sku.equals(given.asText())) {
                throw new IllegalArgumentException("$.sku: must be the record's key '" + sku + "' but was '" + given.asText() + "'");
            }
            JsonNode available = item.get("available");
            if (available != null && !available.isNull() && !available.canConvertToInt()) {
                throw new IllegalArgumentException("$.available: must be an integer");
            }
            JsonNode listed = item.get("listed");
            if (listed != null && !listed.isNull() && !listed.isBoolean()) {
                throw new IllegalArgumentException("$.listed: must be true or false");
            }
            JsonNode risk = item.get("riskLevel");
            String riskLevel = "";
            if (risk != null && !risk.isNull()) {
                try {
                    riskLevel = RiskLevel.valueOf(risk.asText()).name();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("$.riskLevel: must be one of NONE, LOW, HIGH");
                }
            }
            return text(available) + "|" + text(listed) + "|" + riskLevel;
        }

        private static String text(JsonNode n) {
            return n == null || n.isNull() ? "" : n.asText();
        }
    }

    /** Keeps the blacklist store: key {@code customerId:}, {@code phone:} (stored normalised) or {@code address:} (trimmed). */
    static final class BlacklistUpdater implements Processor<String, byte[], Void, Void> {
        private KeyValueStore<String, String> store;
        private ProcessorContext<Void, Void> context;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            this.context = context;
            this.store = context.getStateStore(BLACKLIST_STORE);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            String key = record.key();
            String stored = key == null ? null : storedKey(key);
            if (stored == null) {
                skip(context, record, "the key must be customerId:<id>, phone:<phone> or address:<detail> but was "
                        + (key == null ? "missing" : "'" + key + "'"));
                return;
            }
            if (record.value() == null) {
                store.delete(stored);
            } else {
                store.put(stored, key.substring(key.indexOf(':') + 1));
            }
        }

        static String storedKey(String key) {
            int colon = key.indexOf(':');
            if (colon < 0 || colon == key.length() - 1) {
                return null;
            }
            String kind = key.substring(0, colon);
            String value = key.substring(colon + 1);
            return switch (kind) {
                case "customerId" -> "customerId:" + value;
                case "phone" -> Phones.normalise(value) == null ? null : "phone:" + Phones.normalise(value);
                case "address" -> value.isBlank() ? null : "address:" + value.trim();
                default -> null;
            };
        }
    }

    private static void skip(ProcessorContext<Void, Void> context, Record<String, byte[]> record, String reason) {
        String where = context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("unknown position");
        LOG.warn("reference record {} skipped: {}", where, reason);
    }

    /**
     * @param order the order
     * @param inventory the inventory store, or null when the topology has no inventory topic
     * @param blacklist the blacklist store, or null when it has no blacklist topic
     * @return the reference data for this order: the snapshot's entries of its SKUs (no snapshot
     *     without an inventory topic) and the blacklist entries its customer id, phone and address
     *     detail match
     */
    static ReferenceData referenceFor(Order order, KeyValueStore<String, String> inventory,
            KeyValueStore<String, String> blacklist) {
        List<InventoryItem> items = null;
        if (inventory != null) {
            items = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (OrderLine line : order.lines()) {
                if (line.sku() != null && seen.add(line.sku())) {
                    String encoded = inventory.get(line.sku());
                    if (encoded != null) {
                        items.add(decode(line.sku(), encoded));
                    }
                }
            }
        }
        Blacklist listed = Blacklist.EMPTY;
        if (blacklist != null) {
            List<String> ids = new ArrayList<>(1);
            List<String> phones = new ArrayList<>(1);
            List<String> addresses = new ArrayList<>(1);
            if (order.customer() != null && order.customer().customerId() != null
                    && blacklist.get("customerId:" + order.customer().customerId()) != null) {
                ids.add(order.customer().customerId());
            }
            if (order.shippingAddress() != null) {
                String phone = Phones.normalise(order.shippingAddress().phone());
                String entry = phone == null ? null : blacklist.get("phone:" + phone);
                if (entry != null) {
                    phones.add(entry);
                }
                String detail = order.shippingAddress().detail();
                String address = detail == null || detail.isBlank() ? null : blacklist.get("address:" + detail.trim());
                if (address != null) {
                    addresses.add(address);
                }
            }
            listed = Blacklist.of(ids, phones, addresses);
        }
        return ReferenceData.of(items, listed);
    }

    private static InventoryItem decode(String sku, String encoded) {
        String[] parts = encoded.split("\\|", -1);
        return new InventoryItem(sku, parts[0].isEmpty() ? null : Integer.valueOf(parts[0]),
                parts[1].isEmpty() ? null : Boolean.valueOf(parts[1]),
                parts[2].isEmpty() ? null : RiskLevel.valueOf(parts[2]));
    }
}
