package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With texts by reference the result document is the compact form: the rules version once, clean
 * results as their order id alone, the texts in one table (docs/order-json.md, "Texts by reference").
 */
class CompactResultTest {
    static final String V1 = "payment@0123456789ab";
    static final String V2 = "payment@ba9876543210";
    static final LocalizedText GUIDANCE = new LocalizedText("催促买家付款", "Remind the buyer to pay");
    static final LocalizedText MESSAGE = new LocalizedText("您的订单尚未付款", "Your order is not paid yet");

    static Finding timeout() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("payment.status", "PENDING");
        evidence.put("minutesSinceCreated", 45);
        return new Finding("PAYMENT_TIMEOUT", Category.PAYMENT, Priority.P2, Department.FINANCE, true, GUIDANCE, MESSAGE,
                evidence, List.of("PAYMENT_TIMEOUT: unpaid for too long"));
    }

    static OrderEvaluation clean(String orderId, String version) {
        return new OrderEvaluation(orderId, false, List.of(), version);
    }

    static OrderEvaluation exceptional(String orderId, String version) {
        return new OrderEvaluation(orderId, true, List.of(timeout()), version);
    }

    static String write(ResultTexts texts, List<OrderEvaluation> results, List<OrderError> errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = ResultWriter.open(out, false, texts);
        results.forEach(writer::write);
        errors.forEach(writer::write);
        writer.complete();
        return out.toString(StandardCharsets.UTF_8);
    }

    static final List<OrderEvaluation> DAY = List.of(clean("SO-1", V1), exceptional("SO-2", V1), clean("SO-3", V1));
    static final List<OrderError> ERRORS = List.of(new OrderError(3, "SO-4", "lines[0].quantity", "must be greater than 0"));
    static final String RESULTS = "\"results\":[{\"orderId\":\"SO-1\"},"
            + "{\"orderId\":\"SO-2\",\"blocking\":true,\"exceptions\":[{\"code\":\"PAYMENT_TIMEOUT\",\"category\":\"PAYMENT\","
            + "\"priority\":\"P2\",\"department\":\"FINANCE\",\"blocking\":true,"
            + "\"evidence\":{\"payment.status\":\"PENDING\",\"minutesSinceCreated\":45},"
            + "\"rules\":[\"PAYMENT_TIMEOUT: unpaid for too long\"]}]},"
            + "{\"orderId\":\"SO-3\"}]";
    static final String ERRORS_JSON = "\"errors\":[{\"index\":3,\"orderId\":\"SO-4\",\"path\":\"$.orders[3].lines[0].quantity\","
            + "\"message\":\"must be greater than 0\"}]";
    static final String COMPLETE = "\"complete\":{\"orders\":4,\"results\":3,\"errors\":1}";

    @Test
    void chinese_by_reference_writes_the_version_once_clean_results_by_id_and_the_texts_table() {
        assertThat(write(ResultTexts.ZH, DAY, ERRORS)).isEqualTo("{\"rulesVersion\":\"" + V1 + "\"," + RESULTS + ","
                + ERRORS_JSON + ",\"texts\":{\"PAYMENT_TIMEOUT\":{\"guidance\":{\"zh\":\"催促买家付款\"},"
                + "\"customerMessage\":{\"zh\":\"您的订单尚未付款\"}}}," + COMPLETE + "}\n");
    }

    @Test
    void english_by_reference_writes_english_texts_only() {
        assertThat(write(ResultTexts.EN, DAY, ERRORS)).isEqualTo("{\"rulesVersion\":\"" + V1 + "\"," + RESULTS + ","
                + ERRORS_JSON + ",\"texts\":{\"PAYMENT_TIMEOUT\":{\"guidance\":{\"en\":\"Remind the buyer to pay\"},"
                + "\"customerMessage\":{\"en\":\"Your order is not paid yet\"}}}," + COMPLETE + "}\n");
    }

    @Test
    void both_by_reference_writes_chinese_then_english() {
        assertThat(write(ResultTexts.BOTH, DAY, ERRORS)).isEqualTo("{\"rulesVersion\":\"" + V1 + "\"," + RESULTS + ","
                + ERRORS_JSON + ",\"texts\":{\"PAYMENT_TIMEOUT\":{\"guidance\":{\"zh\":\"催促买家付款\",\"en\":\"Remind the buyer to pay\"},"
                + "\"customerMessage\":{\"zh\":\"您的订单尚未付款\",\"en\":\"Your order is not paid yet\"}}}," + COMPLETE + "}\n");
    }

    @Test
    void none_writes_the_compact_form_without_a_texts_table() {
        assertThat(write(ResultTexts.NONE, DAY, ERRORS)).isEqualTo("{\"rulesVersion\":\"" + V1 + "\"," + RESULTS + ","
                + ERRORS_JSON + "," + COMPLETE + "}\n");
    }

    @Test
    void inline_keeps_the_full_form_with_the_version_and_texts_in_every_result() {
        assertThat(write(ResultTexts.INLINE, DAY.subList(0, 2), List.of())).isEqualTo("{\"results\":["
                + "{\"orderId\":\"SO-1\",\"blocking\":false,\"rulesVersion\":\"" + V1 + "\",\"exceptions\":[]},"
                + "{\"orderId\":\"SO-2\",\"blocking\":true,\"rulesVersion\":\"" + V1 + "\",\"exceptions\":[{\"code\":\"PAYMENT_TIMEOUT\","
                + "\"category\":\"PAYMENT\",\"priority\":\"P2\",\"department\":\"FINANCE\",\"blocking\":true,"
                + "\"guidance\":{\"zh\":\"催促买家付款\",\"en\":\"Remind the buyer to pay\"},"
                + "\"customerMessage\":{\"zh\":\"您的订单尚未付款\",\"en\":\"Your order is not paid yet\"},"
                + "\"evidence\":{\"payment.status\":\"PENDING\",\"minutesSinceCreated\":45},"
                + "\"rules\":[\"PAYMENT_TIMEOUT: unpaid for too long\"]}]}],"
                + "\"errors\":[],\"complete\":{\"orders\":2,\"results\":2,\"errors\":0}}\n");
    }

    @Test
    void a_result_of_another_rules_version_carries_its_own_and_the_others_the_documents() {
        // GIVEN a reloading engine swapped its rules between two chunks of one request
        List<OrderEvaluation> reloaded = List.of(clean("SO-1", V1), clean("SO-2", V2), exceptional("SO-3", V2), clean("SO-4", V1));

        assertThat(write(ResultTexts.NONE, reloaded, List.of())).isEqualTo("{\"rulesVersion\":\"" + V1 + "\",\"results\":["
                + "{\"orderId\":\"SO-1\"},{\"orderId\":\"SO-2\",\"rulesVersion\":\"" + V2 + "\"},"
                + "{\"orderId\":\"SO-3\",\"blocking\":true,\"rulesVersion\":\"" + V2 + "\",\"exceptions\":[{\"code\":\"PAYMENT_TIMEOUT\","
                + "\"category\":\"PAYMENT\",\"priority\":\"P2\",\"department\":\"FINANCE\",\"blocking\":true,"
                + "\"evidence\":{\"payment.status\":\"PENDING\",\"minutesSinceCreated\":45},"
                + "\"rules\":[\"PAYMENT_TIMEOUT: unpaid for too long\"]}]},"
                + "{\"orderId\":\"SO-4\"}],\"errors\":[],\"complete\":{\"orders\":4,\"results\":4,\"errors\":0}}\n");
    }

    @Test
    void a_result_made_by_hand_says_it_has_no_version_and_a_document_of_such_results_has_none() {
        assertThat(write(ResultTexts.NONE, List.of(clean("SO-1", V1), clean("SO-2", null)), List.of()))
                .isEqualTo("{\"rulesVersion\":\"" + V1 + "\",\"results\":[{\"orderId\":\"SO-1\"},"
                        + "{\"orderId\":\"SO-2\",\"rulesVersion\":null}],\"errors\":[],"
                        + "\"complete\":{\"orders\":2,\"results\":2,\"errors\":0}}\n");
        assertThat(write(ResultTexts.NONE, List.of(clean("SO-1", null), clean("SO-2", V1)), List.of()))
                .isEqualTo("{\"results\":[{\"orderId\":\"SO-1\"},{\"orderId\":\"SO-2\",\"rulesVersion\":\"" + V1 + "\"}],"
                        + "\"errors\":[],\"complete\":{\"orders\":2,\"results\":2,\"errors\":0}}\n");
    }

    @Test
    void a_document_of_errors_only_has_no_version_and_an_empty_results_array() {
        assertThat(write(ResultTexts.ZH, List.of(), ERRORS)).isEqualTo("{\"results\":[]," + ERRORS_JSON
                + ",\"texts\":{},\"complete\":{\"orders\":1,\"results\":0,\"errors\":1}}\n");
    }

    @Test
    void a_document_closed_without_the_end_marker_is_still_whole_json_without_complete() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.open(out, false, ResultTexts.NONE)) {
            writer.write(clean("SO-1", V1));
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"rulesVersion\":\"" + V1 + "\",\"results\":[{\"orderId\":\"SO-1\"}],\"errors\":[]}\n");
    }

    @Test
    void the_pretty_compact_form_puts_the_version_first() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = ResultWriter.open(out, true, ResultTexts.ZH);
        writer.write(clean("SO-1", V1));
        writer.complete();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\n  \"rulesVersion\" : \"" + V1 + "\",\n  \"results\" : [ {\n");
    }
}
