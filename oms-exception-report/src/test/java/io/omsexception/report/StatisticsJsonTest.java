package io.omsexception.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class StatisticsJsonTest {

    @Test
    void the_json_carries_the_same_figures_as_the_statistics() throws Exception {
        // GIVEN
        ExceptionStatistics s = ReportFixture.statistics();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        StatisticsJson.write(s, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        // THEN
        assertThat(json.at("/asOf").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(json.at("/orders/evaluated").asLong()).isEqualTo(1_000);
        assertThat(json.at("/orders/withExceptions").asLong()).isEqualTo(28);
        assertThat(json.at("/findings/total").asLong()).isEqualTo(34);
        assertThat(json.at("/findings/blocking").asLong()).isEqualTo(s.blockingFindings());
        assertThat(json.at("/byCode/0/code").asText()).isEqualTo("OUT_OF_STOCK");
        assertThat(json.at("/byCode/0/count").asLong()).isEqualTo(12);
        assertThat(json.at("/byCode/0/share").decimalValue()).isEqualByComparingTo("0.3529");
        assertThat(json.at("/byCategory").size()).isEqualTo(6);
        assertThat(json.at("/topSkus/0/sku").asText()).isEqualTo("PHN-009");
        assertThat(json.at("/topSkus/0/findings").asLong()).isEqualTo(4);
        assertThat(json.at("/handlingByCode/0/key").asText()).isEqualTo("OUT_OF_STOCK");
        assertThat(json.at("/handlingByCode/0/meanSeconds").decimalValue()).isEqualByComparingTo("16200");
        assertThat(json.at("/slowestStage").asText()).isEqualTo("waiting for stock");
        assertThat(json.at("/backlog/4/open").asLong()).isEqualTo(1);
        assertThat(json.at("/backlog/4/toSeconds").isNull()).isTrue();
        assertThat(json.at("/suggestions/0/id").asText()).isEqualTo(s.suggestions().get(0).rule().id());
    }
}
