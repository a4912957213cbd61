package io.omsexception.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ImpactReportTest {
    private static final String GOLDEN = "impact-golden.json";

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document d, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, d);
    }

    private static int count(Document d, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET)).getLength();
    }

    @Test
    void the_json_of_a_small_change_is_the_reviewed_golden_file() throws Exception {
        // GIVEN the fixture's change, reviewed once in src/test/resources/io/omsexception/report/impact-golden.json
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        ImpactReport.writeJson(ImpactFixture.impact(), out);
        // THEN
        String expected;
        try (InputStream in = ImpactReportTest.class.getResourceAsStream(GOLDEN)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void the_html_lists_the_changed_codes_with_their_counts_samples_and_precision() throws Exception {
        Document d = parse(ImpactReport.titled("payment.timeoutMinutes 30 → 45 <test>").render(ImpactFixture.impact()));
        assertThat(text(d, "/html/head/title")).isEqualTo("payment.timeoutMinutes 30 → 45 <test>");
        assertThat(count(d, "//table[@id='table-changed']/tbody/tr")).isEqualTo(2);
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[1]")).isEqualTo("PAYMENT_TIMEOUT");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[6]")).isEqualTo("1");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[7]")).isEqualTo("1");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[10]")).isEqualTo("50.0% → 100.0%");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[11]")).isEqualTo("added: SO-3; removed: SO-1");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[1]/td[11]")).isEqualTo("blocking: SO-4; priority: SO-2");
        assertThat(text(d, "//table[@id='table-unchanged']/tbody/tr[1]/td[1]")).isEqualTo("OUT_OF_STOCK");
        assertThat(text(d, "//section[@id='kpis']/div[3]/div[@class='value']")).isEqualTo("4 → 3");
    }

    @Test
    void the_chinese_html_is_chinese_with_chinese_category_and_department_names() throws Exception {
        Document d = parse(ImpactReport.titled("支付超时阈值 30 → 45").language("zh").render(ImpactFixture.impact()));
        assertThat(text(d, "/html/@lang")).isEqualTo("zh-CN");
        assertThat(text(d, "//table[@id='table-changed']/caption")).isEqualTo("有变化的异常代码");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[2]")).isEqualTo("支付");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[3]")).isEqualTo("财务");
        assertThat(text(d, "//table[@id='table-changed']/tbody/tr[2]/td[11]")).isEqualTo("新增：SO-3; 消失：SO-1");
        assertThat(text(d, "//table[@id='table-parameters']/tbody/tr[1]/td[1]")).isEqualTo("无");
    }

    @Test
    void without_judged_cases_the_html_has_no_precision_column() throws Exception {
        RuleImpact impact = ImpactPreview.builder().build().compare(ImpactFixture.before(), ImpactFixture.after());
        Document d = parse(ImpactReport.titled("t").render(impact));
        assertThat(count(d, "//table[@id='table-changed']/thead/tr/th")).isEqualTo(10);
        assertThat(text(d, "//table[@id='table-changed']/thead/tr/th[10]")).isEqualTo("Sample orders");
    }

    @Test
    void a_language_other_than_english_or_chinese_is_refused() {
        assertThatThrownBy(() -> ImpactReport.titled("t").language("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language: must be en or zh but was 'fr'");
    }
}
