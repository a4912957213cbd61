package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results carry their texts inline (the default) or by reference, in a texts table written once. */
class ResultTextsTest {
    static final ParsedRequest REQUEST = OrderJson.readRequest("""
            {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
              {"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00"},
              {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "shippingAddress": {"phone": "13800138000"}},
              {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00"},
              {"orderId": "SO-3", "createdAt": "2026-11-22T09:00:00+08:00", "payment": {"status": "NOPE"}}
            ]}
            """);
    static final BatchResult RESULT = OrderJson.evaluate(BatchJsonTest.ENGINE, REQUEST);

    static String write(ResultTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = ResultWriter.open(out, false, texts);
        RESULT.results().forEach(writer::write);
        RESULT.errors().forEach(writer::write);
        writer.complete();
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void should_write_inline_texts_by_default_exactly_as_before() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = ResultWriter.open(out, false);
        RESULT.results().forEach(writer::write);
        RESULT.errors().forEach(writer::write);
        writer.complete();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(write(ResultTexts.INLINE));
        assertThat(write(ResultTexts.INLINE)).doesNotContain("\"texts\"");
        assertThat(OrderJson.writeResult(RESULT)).contains("\"guidance\"");
    }

    @Test
    void should_write_each_codes_texts_once_in_a_table_after_the_errors_and_none_in_the_findings() throws IOException {
        JsonNode doc = OrderJson.MAPPER.readTree(write(ResultTexts.ZH));

        assertThat(fieldNames(doc)).containsExactly("rulesVersion", "results", "errors", "texts", "complete");
        JsonNode timeout = doc.get("results").get(0).get("exceptions").get(1);
        assertThat(timeout.get("code").asText()).isEqualTo("T_TIMEOUT");
        assertThat(fieldNames(timeout)).doesNotContain("guidance", "customerMessage").contains("evidence", "rules");
        // three orders raise T_TIMEOUT, two T_NO_PHONE: each code once, in the order first met
        assertThat(fieldNames(doc.get("texts"))).containsExactly("T_NO_PHONE", "T_TIMEOUT");
        JsonNode texts = doc.get("texts").get("T_TIMEOUT");
        OrderEvaluation first = RESULT.results().get(0);
        var finding = first.finding("T_TIMEOUT").orElseThrow();
        assertThat(fieldNames(texts.get("guidance"))).containsExactly("zh");
        assertThat(texts.get("guidance").get("zh").asText()).isEqualTo(finding.guidance().zh());
        assertThat(texts.get("customerMessage").get("zh").asText()).isEqualTo(finding.customerMessage().zh());
        assertThat(doc.get("complete").get("orders").asInt()).isEqualTo(4);
    }

    @Test
    void should_give_english_only_both_languages_or_no_texts_at_all() throws IOException {
        JsonNode en = OrderJson.MAPPER.readTree(write(ResultTexts.EN)).get("texts").get("T_TIMEOUT").get("guidance");
        JsonNode both = OrderJson.MAPPER.readTree(write(ResultTexts.BOTH)).get("texts").get("T_TIMEOUT").get("guidance");
        JsonNode none = OrderJson.MAPPER.readTree(write(ResultTexts.NONE));

        assertThat(fieldNames(en)).containsExactly("en");
        assertThat(fieldNames(both)).containsExactly("zh", "en");
        assertThat(fieldNames(none)).containsExactly("rulesVersion", "results", "errors", "complete");
        assertThat(write(ResultTexts.NONE)).doesNotContain("guidance", "customerMessage");
        assertThat(write(ResultTexts.ZH).length()).isLessThan(write(ResultTexts.INLINE).length());
    }

    @Test
    void should_keep_the_errors_of_a_document_with_texts_by_reference() throws IOException {
        JsonNode errors = OrderJson.MAPPER.readTree(write(ResultTexts.BOTH)).get("errors");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("path").asText()).isEqualTo("$.orders[3].payment.status");
        assertThat(RESULT.errors()).extracting(OrderError::index).containsExactly(3);
    }

    @Test
    void should_name_the_option_and_the_choices_when_a_mode_is_unknown() {
        assertThat(ResultTexts.parse("ZH", "--texts")).isEqualTo(ResultTexts.ZH);
        assertThat(ResultTexts.parse("inline", "--texts")).isEqualTo(ResultTexts.INLINE);
        assertThatThrownBy(() -> ResultTexts.parse("fr", "--texts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--texts must be one of inline, none, zh, en, both but was 'fr'");
        assertThatThrownBy(() -> ResultWriter.open(new ByteArrayOutputStream(), false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("texts must not be null");
    }
}
