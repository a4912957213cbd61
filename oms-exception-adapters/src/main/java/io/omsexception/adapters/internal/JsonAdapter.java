package io.omsexception.adapters.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.omsexception.InvalidInputException;
import io.omsexception.adapters.AdaptedOrder;
import io.omsexception.adapters.MarketplaceAdapter;
import io.omsexception.json.Jackson;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The frame of the standard adapters: parses a payload with the json module's Jackson setup
 * (exact decimals, duplicate keys refused), finds its orders and maps each one, turning every
 * problem into an entry with its JSON path.
 *
 * <p>Stateless and thread-safe.
 */
abstract class JsonAdapter implements MarketplaceAdapter {
    /** Beijing time: Taobao, Pinduoduo, Douyin and JD write their times in it, without an offset. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** What an encrypted receiver value becomes: masked, so unknown (see docs/adapters.md). */
    static final String ENCRYPTED = "***";

    private static final ObjectReader READER = Jackson.mapper().readerFor(JsonNode.class)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /**
     * Platform ciphertext: JD's (base64, {@code AAS/...}), Pinduoduo's ({@code ~...~}) and Douyin's
     * ({@code #...#}, {@code $...$}).
     */
    private static final Pattern CIPHERTEXT = Pattern.compile(
            "[A-Za-z0-9+/]{24,}={0,2}|~[^~]+~.*|[#$][A-Za-z0-9+/=*#$_-]{8,}[#$]");

    private final String platform;

    JsonAdapter(String platform) {
        this.platform = platform;
    }

    @Override
    public final String platform() {
        return platform;
    }

    @Override
    public final List<AdaptedOrder> read(String payload) {
        if (payload == null) {
            throw new IllegalArgumentException("payload must not be null");
        }
        JsonNode root;
        try {
            root = READER.readValue(payload);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return List.of(AdaptedOrder.failed("$", new InvalidInputException("$", "is not JSON: "
                    + e.getOriginalMessage() + where, e)));
        }
        if (root == null) {
            return List.of(AdaptedOrder.failed("$", new InvalidInputException("$", "holds no payload", null)));
        }
        List<Node> orders;
        try {
            orders = orders(Node.root(root));
        } catch (InvalidInputException e) {
            return List.of(AdaptedOrder.failed("$", e));
        }
        List<AdaptedOrder> out = new ArrayList<>(orders.size());
        for (Node n : orders) {
            try {
                out.add(AdaptedOrder.of(n.path(), order(n)));
            } catch (InvalidFieldException e) {
                out.add(AdaptedOrder.failed(n.path(), e.path().startsWith("$") ? e
                        : new InvalidInputException(n.path(), "does not make a valid order: " + e.getMessage(), e)));
            } catch (InvalidInputException e) {
                out.add(AdaptedOrder.failed(n.path(), e));
            }
        }
        if (out.isEmpty()) {
            out.add(AdaptedOrder.failed("$", new InvalidInputException("$", "holds no order", null)));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param root the payload's root object
     * @return the order objects of the payload, never empty
     * @throws InvalidInputException at {@code $} when the payload is not the platform's shape
     */
    abstract List<Node> orders(Node root);

    /**
     * @param order an order object of the payload
     * @return the order
     * @throws InvalidInputException naming the offending JSON path
     */
    abstract Order order(Node order);

    /**
     * @param pairs value, meaning, value, meaning... in documentation order
     * @param <T> the meaning's type
     * @return the table, in the given order
     */
    @SuppressWarnings("unchecked")
    static <T> Map<String, T> table(Object... pairs) {
        Map<String, T> t = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            t.put((String) pairs[i], (T) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(t);
    }

    /**
     * @param value a receiver's name, phone or address as the payload gives it, or null
     * @return the value, or {@link #ENCRYPTED} when it is platform ciphertext: an encrypted value
     *     is unknown exactly as a masked one is
     */
    static String receiver(String value) {
        if (value != null && CIPHERTEXT.matcher(value.strip()).matches()) {
            return ENCRYPTED;
        }
        return value;
    }

    /**
     * @param first the first choice, or null
     * @param second the fallback
     * @return the first when it is not blank, else the second
     */
    static String firstGiven(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    /**
     * @param parts address parts, some null or blank
     * @return the given parts joined by a space, or null when none is given
     */
    static String joined(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(p.strip());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * @param n an object
     * @param field its field holding a quantity
     * @return the quantity, or null when absent
     * @throws io.omsexception.model.InvalidFieldException when it is not a whole number greater than 0
     */
    static Integer quantity(Node n, String field) {
        Integer q = n.count(field);
        if (q != null && q == 0) {
            throw n.error(field, "must be greater than 0");
        }
        return q;
    }

    /**
     * @param n an object
     * @param field its required field
     * @return the field's text, trimmed
     * @throws io.omsexception.model.InvalidFieldException {@code must be given} when it is absent or blank
     */
    static String required(Node n, String field) {
        String s = n.id(field);
        if (s == null) {
            throw n.error(field, "must be given");
        }
        return s;
    }

    /**
     * @param n an object whose field is required
     * @param field the field
     * @param value what was read from it, or null
     * @param <T> the value's type
     * @return the value
     * @throws io.omsexception.model.InvalidFieldException {@code must be given} when it is null
     */
    static <T> T required(Node n, String field, T value) {
        if (value == null) {
            throw n.error(field, "must be given");
        }
        return value;
    }

    /**
     * A parcel the payload says has left: its tracking state stays absent when the payload has
     * none, unless it gives no ship time either; then the parcel is {@code SHIPPED} (the one way
     * the model says "shipped" without a time; the rules timed from {@code shippedAt} do not apply).
     *
     * @param carrier the carrier, or null
     * @param tracking the tracking number, or null
     * @param status the tracking state the payload gives, or null
     * @param shippedAt when it left, or null
     * @param lineIds the lines it carries, empty: all
     * @return the parcel
     */
    static Shipment shipped(String carrier, String tracking, ShipmentStatus status, OffsetDateTime shippedAt,
            List<String> lineIds) {
        ShipmentStatus s = status == null && shippedAt == null ? ShipmentStatus.SHIPPED : status;
        return new Shipment(carrier, tracking, s, shippedAt, null, null, null, null, lineIds);
    }
}
