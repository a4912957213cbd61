package io.omsexception.streams;

import io.omsexception.json.OrderJson;
import io.omsexception.model.Order;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An order on the repartition topic, as the contract's JSON ({@link OrderJson#writeOrder}, which
 * {@link OrderJson#readOrder} reads back equal).
 *
 * <p>Stateless and thread-safe.
 */
final class OrderSerde implements Serde<Order>, Serializer<Order>, Deserializer<Order> {

    @Override
    public byte[] serialize(String topic, Order order) {
        return order == null ? null : OrderJson.writeOrder(order).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Order deserialize(String topic, byte[] data) {
        return data == null ? null : OrderJson.readOrder(new String(data, StandardCharsets.UTF_8));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public Serializer<Order> serializer() {
        return this;
    }

    @Override
    public Deserializer<Order> deserializer() {
        return this;
    }
}
