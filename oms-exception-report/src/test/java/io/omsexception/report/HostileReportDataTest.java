package io.omsexception.report;

import static io.omsexception.report.Fixtures.finding;
import static io.omsexception.report.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data no XML document may hold never breaks the report; handled cases are read as strictly as requests. */
class HostileReportDataTest {
    private static final String CASE = "{\"orderId\": \"SO-1\", \"code\": \"X\", \"category\": \"RISK\", "
            + "\"department\": \"RISK_CONTROL\", \"openedAt\": \"2026-11-22T09:00:00+08:00\"";

    @TempDir
    Path dir;

    private static List<HandledCase> read(String json) {
        List<HandledCase> cases = new ArrayList<>();
        HandledCaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cases::add);
        return cases;
    }

    @Test
    void a_lone_surrogate_or_a_noncharacter_in_the_data_is_shown_as_the_replacement_character_in_well_formed_html()
            throws Exception {
        // GIVEN findings whose code and SKUs hold a lone surrogate, U+FFFF and a plane-end noncharacter
        StatisticsCollector c = new StatisticsCollector();
        c.add(order("SO-1", Fixtures.about(finding("BAD\uD800CODE", Category.RISK, Department.RISK_CONTROL, Priority.P2, true),
                "SKU-\uFFFF", "SKU-\uDBFF\uDFFF", "SKU-\uDC00")));
        c.add(HandledCase.of("SO-1", "BAD\uD800CODE", Category.RISK, Department.RISK_CONTROL, Fixtures.AS_OF.minusSeconds(60),
                null));
        ExceptionStatistics stats = c.result(Fixtures.AS_OF);
        Path file = dir.resolve("r.html");
        // WHEN
        HtmlReport.titled("Day \uFFFE").write(stats, file);
        // THEN the file parses as XML and shows each bad character as U+FFFD
        String html = Files.readString(file, StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.newDocumentBuilder().parse(file.toFile());
        assertThat(html).contains("BAD\uFFFDCODE", "SKU-\uFFFD", "<title>Day \uFFFD</title>")
                .doesNotContain("\uFFFF", "\uFFFE", "\uDBFF\uDFFF");
    }

    @Test
    void a_text_clipped_for_a_chart_never_keeps_half_of_a_surrogate_pair() {
        assertThat(HtmlReport.clip("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
        assertThat(HtmlReport.clip("abc\uD83D\uDE00d", 5)).isEqualTo("abc…");
        assertThat(HtmlReport.clip("abcd", 4)).isEqualTo("abcd");
    }

    @Test
    void a_key_given_twice_in_a_case_is_refused_with_its_path() {
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE + ", \"code\": \"Y\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("$.cases[0].code: duplicate key");
        assertThatThrownBy(() -> read("{\"cases\": [], \"cases\": [" + CASE + "}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("$.cases: duplicate key");
    }

    @Test
    void content_after_the_cases_object_is_refused() {
        assertThatThrownBy(() -> read("{\"cases\": []} {\"cases\": [" + CASE + "}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$: unexpected content after the cases object at line 1, column 16");
    }

    @Test
    void a_string_beyond_the_limit_is_refused_also_in_a_field_that_is_skipped() {
        String huge = "x".repeat(1_000_001);

        assertThatThrownBy(() -> read("{\"exportedBy\": [\"" + huge + "\"], \"cases\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.exportedBy[0]: String value length (1000001) exceeds the maximum allowed (1000000");
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE + ", \"note\": \"" + huge + "\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.cases[0].note: String value length (1000001) exceeds the maximum allowed");
    }

    @Test
    void texts_that_are_not_valid_unicode_or_an_order_id_with_a_control_character_are_refused() {
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE.replace("SO-1", "SO-1\\n") + "}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("$.cases[0].orderId: must not contain control characters");
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE.replace("\"X\"", "\"\\uD800\"") + "}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].code: must be valid Unicode text (lone surrogate at index 0)");
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE + ", \"stages\": [{\"name\": \"\\uFFFF\", "
                + "\"startedAt\": \"2026-11-22T09:00:00+08:00\"}]}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].stages[0].name: must be valid Unicode text (noncharacter U+FFFF at index 0)");
    }

    @Test
    void a_value_shown_in_a_message_is_quoted_and_escaped() {
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE + ", \"closedAt\": \"\\u001B[31mnow\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].closedAt: must be an ISO-8601 time with an offset but was '\\u001B[31mnow'");
        assertThatThrownBy(() -> read("{\"cases\": [" + CASE + ", \"closedAt\": 5}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].closedAt: must be an ISO-8601 time with an offset but was '5'");
    }

    @Test
    void more_stages_than_the_limit_are_refused() {
        String stage = "{\"name\": \"s\", \"startedAt\": \"2026-11-22T09:00:00+08:00\"}";
        String stages = String.join(",", java.util.Collections.nCopies(HandledCaseJson.MAX_STAGES + 1, stage));

        assertThatThrownBy(() -> read("{\"cases\": [" + CASE + ", \"stages\": [" + stages + "]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("$.cases[0].stages: must have at most 1000 entries");
        assertThat(read("{\"cases\": [" + CASE + ", \"stages\": [" + stage + "]}]}")).hasSize(1);
    }

    @Test
    void a_null_argument_is_refused_naming_it() {
        StatisticsCollector c = new StatisticsCollector();

        assertThatThrownBy(() -> c.add((OrderEvaluation) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evaluation must not be null");
        assertThatThrownBy(() -> c.add((OrderError) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("error must not be null");
        assertThatThrownBy(() -> c.add((HandledCase) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case must not be null");
        assertThatThrownBy(() -> c.addCases(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cases must not be null");
        assertThatThrownBy(() -> HandledCaseJson.read(null, x -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in must not be null");
    }
}
