package io.omsexception.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The binary form of a {@link History} in its store and changelog: a version byte, the watchlist
 * span, then per order its id, creation time, amount (empty when none), address fingerprint,
 * amendments and refunded flag. About 45 bytes an order with a 20-character id.
 *
 * <p>Stateless and thread-safe.
 */
final class HistorySerde implements Serde<History>, Serializer<History>, Deserializer<History> {
    private static final byte VERSION = 1;

    @Override
    public byte[] serialize(String topic, History history) {
        if (history == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 48 * history.entries.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(history.watchlistFrom);
            out.writeLong(history.watchlistUntil);
            out.writeInt(history.entries.size());
            for (History.Entry e : history.entries) {
                out.writeUTF(e.orderId);
                out.writeLong(e.createdAt);
                out.writeUTF(e.amount == null ? "" : e.amount.toPlainString());
                out.writeInt(e.address);
                out.writeShort(Math.min(e.amendments, Short.MAX_VALUE));
                out.writeBoolean(e.refunded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public History deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("customer history of an unknown version " + version);
            }
            long from = in.readLong();
            long until = in.readLong();
            int n = in.readInt();
            List<History.Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String orderId = in.readUTF();
                long createdAt = in.readLong();
                String amount = in.readUTF();
                int address = in.readInt();
                int amendments = in.readShort();
                boolean refunded = in.readBoolean();
                entries.add(new History.Entry(orderId, createdAt, amount.isEmpty() ? null : new BigDecimal(amount),
                        refunded, address, amendments));
            }
            return new History(entries, from, until);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public Serializer<History> serializer() {
        return this;
    }

    @Override
    public Deserializer<History> deserializer() {
        return this;
    }
}
