package io.omsexception.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static final String HTML = HtmlReport.titled("Exception orders <test>").render(ReportFixture.statistics());

    private static final String ZH = HtmlReport.titled("异常订单报告").language("zh").zone(java.time.ZoneOffset.ofHours(8))
            .render(ReportFixture.statistics());

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document d, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET)).getLength();
    }

    private static String text(Document d, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, d);
    }

    @Test
    void the_report_is_well_formed_with_four_svg_charts_and_the_tables_beneath() throws Exception {
        // GIVEN statistics with findings, SKUs, handled cases and an open backlog
        // WHEN the report is parsed as XML
        Document d = parse(HTML);
        // THEN
        assertThat(text(d, "/html/head/title")).isEqualTo("Exception orders <test>");
        assertThat(count(d, "//figure[@id='chart-category']/svg")).isEqualTo(1);
        assertThat(count(d, "//figure[@id='chart-codes']/svg")).isEqualTo(1);
        assertThat(count(d, "//figure[@id='chart-skus']/svg")).isEqualTo(1);
        assertThat(count(d, "//figure[@id='chart-handling']/svg")).isEqualTo(1);
        assertThat(count(d, "//figure[@id='chart-category']/svg/path[@class='slice']")).isEqualTo(6);
        assertThat(count(d, "//figure[@id='chart-codes']/svg/rect[@class='bar']")).isEqualTo(7);
        assertThat(count(d, "//figure[@id='chart-handling']/svg/rect[@class='bar']")).isEqualTo(2);
        for (String id : List.of("table-codes", "table-categories", "table-departments", "table-priorities", "table-skus",
                "table-rules", "table-handling-code", "table-handling-department", "table-stages", "table-backlog")) {
            assertThat(count(d, "//table[@id='" + id + "']")).as(id).isEqualTo(1);
        }
        assertThat(count(d, "//table[@id='table-codes']/tbody/tr")).isEqualTo(7);
        assertThat(text(d, "//table[@id='table-codes']/tbody/tr[1]/td[1]")).isEqualTo("OUT_OF_STOCK");
        assertThat(text(d, "//table[@id='table-codes']/tbody/tr[1]/td[4]")).isEqualTo("12");
        assertThat(text(d, "//table[@id='table-stages']/tbody/tr[1]/td[1]")).isEqualTo("waiting for stock");
        assertThat(text(d, "//table[@id='table-backlog']/tbody/tr[5]/td[2]")).isEqualTo("1");
        assertThat(text(d, "//table[@id='table-codes']//td[.='WEIRD<&>\"CODE']")).isEqualTo("WEIRD<&>\"CODE");
    }

    @Test
    void the_report_shows_the_key_figures_and_the_triggered_suggestions() throws Exception {
        Document d = parse(HTML);
        assertThat(text(d, "normalize-space(//section[@id='kpis']/div[1]/div[@class='value'])")).isEqualTo("1,000");
        assertThat(text(d, "normalize-space(//section[@id='kpis']/div[3]/div[@class='value'])")).isEqualTo("34");
        assertThat(count(d, "//section[@id='suggestions']/ol/li")).isEqualTo(ReportFixture.statistics().suggestions().size());
        assertThat(text(d, "//section[@id='suggestions']")).contains("Revise replenishment");
    }

    @Test
    void the_english_report_labels_its_figures_and_names_categories_and_departments_in_english() throws Exception {
        Document d = parse(HTML);
        assertThat(text(d, "/html/@lang")).isEqualTo("en");
        assertThat(text(d, "//p[@class='sub']")).isEqualTo("As of 2026-11-22 10:00 +00:00 · 1,000 orders");
        assertThat(text(d, "//section[@id='kpis']/div[1]/div[@class='label']")).isEqualTo("Orders evaluated");
        assertThat(text(d, "//section[@id='suggestions']/h2")).isEqualTo("Suggested improvements");
        assertThat(text(d, "//table[@id='table-codes']/caption")).isEqualTo("Codes");
        assertThat(text(d, "//table[@id='table-codes']/tbody/tr[1]/td[2]")).isEqualTo("Inventory");
        assertThat(text(d, "//table[@id='table-codes']/tbody/tr[1]/td[3]")).isEqualTo("Warehouse");
        assertThat(text(d, "//table[@id='table-categories']/tbody/tr[1]/td[1]")).isEqualTo("Payment");
        assertThat(text(d, "//table[@id='table-handling-code']/tbody/tr[1]/td[3]")).isEqualTo("4 h 30 min");
        assertThat(text(d, "//table[@id='table-backlog']/tbody/tr[1]/td[1]")).isEqualTo("< 1 h");
    }

    @Test
    void the_chinese_report_is_chinese_with_chinese_category_and_department_names_and_offset_times() throws Exception {
        Document d = parse(ZH);
        assertThat(text(d, "/html/@lang")).isEqualTo("zh-CN");
        assertThat(text(d, "/html/head/title")).isEqualTo("异常订单报告");
        assertThat(text(d, "//p[@class='sub']")).isEqualTo("统计时间 2026-11-22 18:00 +08:00 · 共 1,000 单");
        assertThat(text(d, "//section[@id='kpis']/div[1]/div[@class='label']")).isEqualTo("已评估订单");
        assertThat(text(d, "//section[@id='kpis']/div[3]/div[@class='note']")).isEqualTo("24 单被拦截");
        assertThat(text(d, "//section[@id='suggestions']/h2")).isEqualTo("改进建议");
        assertThat(text(d, "//figure[@id='chart-codes']/figcaption")).isEqualTo("最常见的异常代码");
        assertThat(text(d, "//table[@id='table-codes']/caption")).isEqualTo("异常代码");
        assertThat(text(d, "//table[@id='table-codes']/thead/tr/th[3]")).isEqualTo("部门");
        assertThat(text(d, "//table[@id='table-codes']/tbody/tr[1]/td[2]")).isEqualTo("库存");
        assertThat(text(d, "//table[@id='table-codes']/tbody/tr[1]/td[3]")).isEqualTo("仓储");
        assertThat(text(d, "//table[@id='table-categories']/tbody/tr[1]/td[1]")).isEqualTo("支付");
        assertThat(text(d, "//table[@id='table-handling-code']/tbody/tr[1]/td[3]")).isEqualTo("4 小时 30 分");
        assertThat(text(d, "//table[@id='table-backlog']/tbody/tr[1]/td[1]")).isEqualTo("< 1 小时");
        Suggestion first = ReportFixture.statistics().rankedSuggestions().get(0);
        assertThat(text(d, "//section[@id='suggestions']/ol/li[1]/strong")).isEqualTo(first.rule().advice().zh());
        assertThat(text(d, "//section[@id='suggestions']/ol/li[1]/span")).isEqualTo(first.reason("zh"));
        assertThat(text(d, "//footer")).isEqualTo("由 oms-exception 生成。异常占比按每条异常计算：一个订单有三条异常即计三次。");
        // no English display name, English label or UTC time anywhere in the page's text
        String page = text(d, "normalize-space(/html/body)");
        for (io.omsexception.Department dep : io.omsexception.Department.standard()) {
            assertThat(page).doesNotContain(dep.displayName().en());
        }
        for (io.omsexception.Category cat : io.omsexception.Category.standard()) {
            assertThat(page).doesNotContain(cat.displayName().en());
        }
        assertThat(page).doesNotContain("findings", "orders", "Findings", " h ", " min").doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?Z");
    }

    @Test
    void a_language_other_than_english_or_chinese_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlReport.titled("t").language("fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("language: must be en or zh but was 'fr'");
    }

    @Test
    void the_report_needs_no_network_no_script_and_no_external_resource() {
        assertThat(HTML).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(", "src=");
        assertThat(HTML.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("http:", "https:");
    }

    @Test
    void empty_statistics_still_render_every_chart_with_a_note() throws Exception {
        String html = HtmlReport.titled("Empty").render(new StatisticsCollector().result(Fixtures.AS_OF));
        assertThat(html).contains("No finding names an SKU.", "No handled cases were given", "No findings.",
                "No suggestion: no exception is frequent enough");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_headless_browser_renders_the_report_with_its_charts(@TempDir Path dir) throws Exception {
        // GIVEN the report on disk and chromium installed
        File chromium = new File("/usr/bin/chromium");
        if (!chromium.canExecute()) {
            assertThat(System.getenv("OMS_REQUIRE_BROWSER")).as("OMS_REQUIRE_BROWSER is set (by .ci/run) but "
                    + "/usr/bin/chromium is missing").isNull();
            System.out.println("skipping the browser check: /usr/bin/chromium is not installed (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(chromium.canExecute(), "chromium is not installed at /usr/bin/chromium");
        Path html = dir.resolve("report.html");
        Files.writeString(html, HTML, StandardCharsets.UTF_8);
        Path png = dir.resolve("report.png");
        // WHEN it renders the DOM and a screenshot
        String dom = run(dir, "--dump-dom", html.toUri().toString());
        run(dir, "--screenshot=" + png, "--window-size=1280,1600", html.toUri().toString());
        // THEN the browser parsed every chart and table, and the category colours appear on screen
        assertThat(dom).contains("id=\"chart-category\"", "id=\"chart-codes\"", "id=\"chart-skus\"", "id=\"chart-handling\"",
                "id=\"table-codes\"", "<svg");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        for (String colour : List.of("#4e79a7", "#e15759", "#59a14f")) {
            assertThat(pixels(image, Integer.parseInt(colour.substring(1), 16))).as(colour).isGreaterThan(200);
        }
    }

    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String run(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"), "--hide-scrollbars"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit code; see " + dir.resolve("chromium.log")).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
