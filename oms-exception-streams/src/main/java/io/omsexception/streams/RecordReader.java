package io.omsexception.streams;

import io.omsexception.InvalidInputException;
import io.omsexception.adapters.AdaptedOrder;
import io.omsexception.adapters.MarketplaceAdapter;
import io.omsexception.adapters.Marketplaces;
import io.omsexception.json.OrderJson;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one input record's value: an order of the JSON contract, or a marketplace payload through
 * its adapter (one payload may hold several orders). Every order read comes back as an order,
 * every failure as a dead letter holding the record's key and value bytes and the error's JSON
 * path; nothing is left out.
 *
 * <p>Immutable and thread-safe.
 */
final class RecordReader {
    private final MarketplaceAdapter adapter;

    /** @param adapter the marketplace's adapter, or null for orders of the JSON contract */
    RecordReader(MarketplaceAdapter adapter) {
        this.adapter = adapter;
    }

    /**
     * @param key the record's key bytes, or null
     * @param value the record's value bytes, or null
     * @return at least one entry: the orders and dead letters of the record, in payload order
     */
    List<Routed> read(byte[] key, byte[] value) {
        if (value == null) {
            return List.of(Routed.deadLetter(key, null, "$", "must not be null: the record has no value"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return List.of(Routed.deadLetter(key, value, "$", "must be UTF-8 JSON: the record's bytes are not UTF-8"));
        }
        try {
            if (adapter == null) {
                return List.of(Routed.order(OrderJson.readOrder(text), value));
            }
            List<AdaptedOrder> adapted = Marketplaces.read(adapter, text);
            List<Routed> out = new ArrayList<>(adapted.size());
            for (AdaptedOrder a : adapted) {
                out.add(a.isValid() ? Routed.order(a.order())
                        : Routed.deadLetter(key, value, path(a.error().path()), a.error().problem()));
            }
            if (out.isEmpty()) {
                out.add(Routed.deadLetter(key, value, "$", "holds no order"));
            }
            return out;
        } catch (InvalidInputException e) {
            return List.of(Routed.deadLetter(key, value, path(e.path()), e.problem()));
        } catch (RuntimeException e) {
            return List.of(Routed.deadLetter(key, value, "$", "could not be read: " + e));
        }
    }

    /** @return the path as a JSON path from the record's value: {@code $} for the whole, {@code $.} before a field */
    static String path(String path) {
        if (path == null || path.isEmpty()) {
            return "$";
        }
        if (path.startsWith("$")) {
            return path;
        }
        return path.startsWith("[") ? "$" + path : "$." + path;
    }
}
