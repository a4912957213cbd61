package io.omsexception.streams;

import io.omsexception.json.OrderJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An order on the repartition topic, as the contract's JSON: the bytes the order was read from
 * when the input record held exactly that order ({@link Routed#json()}), so an order of the
 * contract is not written again, otherwise {@link OrderJson#writeOrder} (orders of marketplace
 * payloads), which {@link OrderJson#readOrder} reads back equal. Read back, the value is an
 * order without its bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class OrderSerde implements Serde<Routed>, Serializer<Routed>, Deserializer<Routed> {

    @Override
    public byte[] serialize(String topic, Routed routed) {
        if (routed == null) {
            return null;
        }
        return routed.json() != null ? routed.json()
                : OrderJson.writeOrder(routed.order()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Routed deserialize(String topic, byte[] data) {
        return data == null ? null : Routed.order(OrderJson.readOrder(new String(data, StandardCharsets.UTF_8)));
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
    public Serializer<Routed> serializer() {
        return this;
    }

    @Override
    public Deserializer<Routed> deserializer() {
        return this;
    }
}
