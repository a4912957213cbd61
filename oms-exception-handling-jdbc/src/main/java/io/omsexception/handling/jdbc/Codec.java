package io.omsexception.handling.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omsexception.Action;
import io.omsexception.ActionType;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.handling.ActionRequest;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Delivery;
import io.omsexception.handling.MarkReason;
import io.omsexception.handling.MarkRequest;
import io.omsexception.handling.NotificationKind;
import io.omsexception.handling.OrderSignal;
import io.omsexception.handling.StaffNotification;
import io.omsexception.handling.Channel;
import io.omsexception.model.CustomerTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON kept in text columns: a finding (with typed evidence, so it reads back equal), a mark
 * request and a delivery of the outbox. Thread-safe.
 */
final class Codec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Codec() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json, String column) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column " + column + " does not hold valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return write(a);
    }

    static List<String> strings(String json, String column) {
        List<String> out = new ArrayList<>();
        if (json != null) {
            read(json, column).forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    // ---- localized texts

    static ObjectNode text(LocalizedText t) {
        ObjectNode o = F.objectNode();
        t.asMap().forEach(o::put);
        return o;
    }

    static LocalizedText text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return LocalizedText.of(m);
    }

    // ---- findings

    static String finding(Finding f) {
        ObjectNode o = F.objectNode();
        o.put("code", f.code());
        o.put("category", f.category().name());
        o.put("priority", f.priority().name());
        o.put("department", f.department().name());
        o.put("blocking", f.blocking());
        o.set("guidance", text(f.guidance()));
        o.set("customerMessage", f.customerMessage() == null ? F.nullNode() : text(f.customerMessage()));
        ObjectNode evidence = o.putObject("evidence");
        f.evidence().forEach((k, v) -> evidence.set(k, value(v)));
        f.rules().forEach(o.putArray("rules")::add);
        f.skus().forEach(o.putArray("skus")::add);
        f.lines().forEach(o.putArray("lines")::add);
        if (!f.actions().isEmpty()) {
            ArrayNode actions = o.putArray("actions");
            for (Action a : f.actions()) {
                ObjectNode action = actions.addObject().put("type", a.type().name());
                ObjectNode parameters = action.putObject("parameters");
                a.parameters().forEach((k, v) -> parameters.set(k, value(v)));
            }
        }
        return write(o);
    }

    static Finding finding(String json) {
        JsonNode o = read(json, "finding_json");
        Map<String, Object> evidence = new LinkedHashMap<>();
        o.get("evidence").fields().forEachRemaining(e -> evidence.put(e.getKey(), value(e.getValue())));
        List<String> rules = new ArrayList<>();
        o.get("rules").forEach(n -> rules.add(n.asText()));
        List<String> skus = new ArrayList<>();
        o.get("skus").forEach(n -> skus.add(n.asText()));
        List<Integer> lines = new ArrayList<>();
        o.get("lines").forEach(n -> lines.add(n.asInt()));
        List<Action> actions = new ArrayList<>();
        if (o.has("actions")) { // rows written before actions existed have none
            for (JsonNode a : o.get("actions")) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                a.get("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), value(e.getValue())));
                actions.add(new Action(ActionType.of(a.get("type").asText()), parameters));
            }
        }
        return new Finding(o.get("code").asText(), Category.of(o.get("category").asText()),
                Priority.valueOf(o.get("priority").asText()), Department.of(o.get("department").asText()),
                o.get("blocking").asBoolean(), text(o.get("guidance")), text(o.get("customerMessage")), evidence, rules,
                skus, lines, actions);
    }

    /** An evidence value as {@code [type, value]}, so that it reads back as the same Java type. */
    private static JsonNode value(Object v) {
        ArrayNode a = F.arrayNode();
        if (v == null) {
            a.add("null");
        } else if (v instanceof String s) {
            a.add("s").add(s);
        } else if (v instanceof Boolean b) {
            a.add("b").add(b);
        } else if (v instanceof Integer i) {
            a.add("i").add(i);
        } else if (v instanceof Long l) {
            a.add("l").add(l);
        } else if (v instanceof Double d) {
            a.add("f").add(d);
        } else if (v instanceof BigDecimal d) {
            a.add("d").add(d.toString());
        } else if (v instanceof Number n) {
            a.add("d").add(new BigDecimal(n.toString()).toString());
        } else if (v instanceof List<?> list) {
            ArrayNode items = F.arrayNode();
            list.forEach(x -> items.add(value(x)));
            a.add("list").add(items);
        } else {
            a.add("s").add(v.toString());
        }
        return a;
    }

    private static Object value(JsonNode a) {
        String type = a.get(0).asText();
        JsonNode v = a.get(1);
        return switch (type) {
            case "null" -> null;
            case "s" -> v.asText();
            case "b" -> v.asBoolean();
            case "i" -> v.asInt();
            case "l" -> v.asLong();
            case "f" -> v.asDouble();
            case "d" -> new BigDecimal(v.asText());
            case "list" -> {
                List<Object> list = new ArrayList<>();
                v.forEach(x -> list.add(value(x)));
                yield list;
            }
            default -> throw new IllegalStateException("finding_json: unknown evidence type " + type);
        };
    }

    // ---- mark requests

    static String mark(MarkRequest m) {
        ObjectNode o = F.objectNode();
        o.put("handle", m.handle());
        o.put("reason", m.reason().code());
        o.put("actor", m.actor());
        o.put("delayUntil", m.delayUntil() == null ? null : m.delayUntil().toString());
        o.put("note", m.note());
        o.put("blocking", m.blocking());
        o.put("priority", m.priority().name());
        o.put("department", m.department().name());
        o.set("customerMessage", m.customerMessage() == null ? F.nullNode() : text(m.customerMessage()));
        o.put("category", m.category().name());
        return write(o);
    }

    static MarkRequest mark(String json) {
        JsonNode o = read(json, "request_json");
        return new MarkRequest(o.get("handle").asText(), MarkReason.of(o.get("reason").asText()), o.get("actor").asText(),
                instant(o.get("delayUntil")), o.get("note").isNull() ? null : o.get("note").asText(),
                o.get("blocking").asBoolean(), Priority.valueOf(o.get("priority").asText()),
                Department.of(o.get("department").asText()), text(o.get("customerMessage")),
                Category.of(o.get("category").asText()));
    }

    private static Instant instant(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.asText());
    }

    // ---- deliveries

    static String delivery(Delivery d) {
        ObjectNode o = F.objectNode();
        o.put("signal", d.signal() == null ? null : d.signal().name());
        d.cases().forEach(c -> o.withArray("cases").add(c.toString()));
        o.put("reason", d.reason());
        d.lineIds().forEach(l -> o.withArray("lineIds").add(l));
        if (d.staff() != null) {
            StaffNotification n = d.staff();
            ObjectNode s = o.putObject("staff");
            s.put("kind", n.kind().name());
            s.put("department", n.department().name());
            s.put("caseId", n.caseId().toString());
            s.put("priority", n.priority().name());
            s.put("assignee", n.assignee());
            s.put("dueAt", n.dueAt().toString());
            s.set("message", text(n.message()));
            n.channels().stream().sorted().forEach(c -> s.withArray("channels").add(c.name()));
            s.put("at", n.at().toString());
        }
        if (d.customer() != null) {
            CustomerNotification n = d.customer();
            ObjectNode c = o.putObject("customer");
            c.put("kind", n.kind().name());
            c.put("orderId", n.orderId());
            c.put("customerId", n.customerId());
            c.put("caseId", n.caseId().toString());
            c.set("message", text(n.message()));
            n.channels().stream().sorted().forEach(ch -> c.withArray("channels").add(ch.name()));
            c.put("at", n.at().toString());
        }
        if (d.action() != null) {
            ActionRequest r = d.action();
            ObjectNode a = o.putObject("action");
            a.put("caseId", r.caseId().toString());
            a.put("code", r.code());
            a.put("type", r.action().type().name());
            ObjectNode parameters = a.putObject("parameters");
            r.action().parameters().forEach((k, v) -> parameters.set(k, value(v)));
            a.put("customerTier", r.customerTier() == null ? null : r.customerTier().name());
            a.put("channel", r.channel());
            a.put("decidedBy", r.decidedBy());
        }
        return write(o);
    }

    static Delivery delivery(String key, String orderId, Instant createdAt, int attempts, String json) {
        JsonNode o = read(json, "payload");
        List<CaseId> cases = new ArrayList<>();
        if (o.has("cases")) {
            o.get("cases").forEach(n -> cases.add(CaseId.parse(n.asText())));
        }
        List<String> lines = new ArrayList<>();
        if (o.has("lineIds")) {
            o.get("lineIds").forEach(n -> lines.add(n.asText()));
        }
        StaffNotification staff = null;
        if (o.has("staff")) {
            JsonNode s = o.get("staff");
            staff = new StaffNotification(NotificationKind.valueOf(s.get("kind").asText()),
                    Department.of(s.get("department").asText()), CaseId.parse(s.get("caseId").asText()),
                    Priority.valueOf(s.get("priority").asText()), s.get("assignee").isNull() ? null
                            : s.get("assignee").asText(), Instant.parse(s.get("dueAt").asText()), text(s.get("message")),
                    channels(s.get("channels")), Instant.parse(s.get("at").asText()), key);
        }
        CustomerNotification customer = null;
        if (o.has("customer")) {
            JsonNode c = o.get("customer");
            customer = new CustomerNotification(NotificationKind.valueOf(c.get("kind").asText()),
                    c.get("orderId").asText(), c.get("customerId").isNull() ? null : c.get("customerId").asText(),
                    CaseId.parse(c.get("caseId").asText()), text(c.get("message")), channels(c.get("channels")),
                    Instant.parse(c.get("at").asText()), key);
        }
        ActionRequest action = null;
        if (o.has("action")) {
            JsonNode a = o.get("action");
            Map<String, Object> parameters = new LinkedHashMap<>();
            a.get("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), value(e.getValue())));
            action = new ActionRequest(key, CaseId.parse(a.get("caseId").asText()), a.get("code").asText(),
                    new Action(ActionType.of(a.get("type").asText()), parameters),
                    a.get("customerTier").isNull() ? null : CustomerTier.valueOf(a.get("customerTier").asText()),
                    a.get("channel").isNull() ? null : a.get("channel").asText(), a.get("decidedBy").asText());
        }
        OrderSignal signal = o.get("signal").isNull() ? null : OrderSignal.valueOf(o.get("signal").asText());
        return new Delivery(key, orderId, createdAt, attempts, signal, cases,
                o.get("reason").isNull() ? null : o.get("reason").asText(), lines, staff, customer, action);
    }

    private static Set<Channel> channels(JsonNode a) {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        for (Iterator<JsonNode> it = a.elements(); it.hasNext();) {
            set.add(Channel.valueOf(it.next().asText()));
        }
        return set;
    }
}
