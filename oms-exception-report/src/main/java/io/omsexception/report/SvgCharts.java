package io.omsexception.report;

import static io.omsexception.report.HtmlReport.clip;
import static io.omsexception.report.HtmlReport.colour;
import static io.omsexception.report.HtmlReport.duration;
import static io.omsexception.report.HtmlReport.esc;
import static io.omsexception.report.HtmlReport.f;
import static io.omsexception.report.HtmlReport.n;
import static io.omsexception.report.HtmlReport.pct;
import static io.omsexception.report.HtmlReport.TOP;

import io.omsexception.Category;
import java.util.ArrayList;
import java.util.List;

/** The report's inline SVG charts: the category donut and the bar charts. Stateless. */
final class SvgCharts {
    private SvgCharts() {
    }

    static String categoryDonut(ExceptionStatistics s, String language) {
        StringBuilder g = new StringBuilder();
        int w = 460;
        int hgt = 240;
        g.append(svgOpen(w, hgt, ReportTexts.text(language, "svg.category")));
        double cx = 120;
        double cy = 120;
        double r = 95;
        double inner = 55;
        if (s.findings() == 0) {
            g.append("<circle cx=\"120\" cy=\"120\" r=\"95\" fill=\"#e8e8e8\"/>");
        } else {
            double angle = -Math.PI / 2;
            for (Count c : s.byCategory()) {
                if (c.count() == 0) {
                    continue;
                }
                String colour = colour(Category.of(c.key()));
                if (c.count() == s.findings()) {
                    g.append("<circle cx=\"120\" cy=\"120\" r=\"95\" fill=\"").append(colour).append("\"/>");
                    break;
                }
                double sweep = 2 * Math.PI * c.share();
                double a2 = angle + sweep;
                int large = sweep > Math.PI ? 1 : 0;
                g.append("<path class=\"slice\" fill=\"").append(colour).append("\" d=\"M ").append(f(cx + r * Math.cos(angle)))
                        .append(' ').append(f(cy + r * Math.sin(angle))).append(" A 95 95 0 ").append(large).append(" 1 ")
                        .append(f(cx + r * Math.cos(a2))).append(' ').append(f(cy + r * Math.sin(a2))).append(" L ")
                        .append(f(cx)).append(' ').append(f(cy)).append(" Z\"><title>")
                        .append(esc(ReportTexts.category(language, c.key()))).append(": ")
                        .append(n(c.count())).append(" (").append(pct(c.share())).append(")</title></path>");
                angle = a2;
            }
        }
        g.append("<circle cx=\"120\" cy=\"120\" r=\"").append(f(inner)).append("\" fill=\"#ffffff\"/>");
        g.append("<text x=\"120\" y=\"116\" text-anchor=\"middle\" class=\"big\">").append(n(s.findings())).append("</text>");
        g.append("<text x=\"120\" y=\"136\" text-anchor=\"middle\" class=\"small\">")
                .append(esc(ReportTexts.text(language, "svg.findings"))).append("</text>");
        int y = 30;
        for (Count c : s.byCategory()) {
            Category cat = Category.of(c.key());
            g.append("<rect x=\"250\" y=\"").append(y - 11).append("\" width=\"14\" height=\"14\" rx=\"2\" fill=\"")
                    .append(colour(cat)).append("\"/>");
            g.append("<text x=\"272\" y=\"").append(y).append("\" class=\"legend\">")
                    .append(esc(cat.displayName().in(language))).append("</text>");
            g.append("<text x=\"452\" y=\"").append(y).append("\" text-anchor=\"end\" class=\"legend num\">")
                    .append(n(c.count())).append(" · ").append(pct(c.share())).append("</text>");
            y += 34;
        }
        return g.append("</svg>\n").toString();
    }

    private record Bar(String label, double value, String text, String colour, double marker) {
    }

    static String codeBars(ExceptionStatistics s, String language) {
        List<Bar> bars = new ArrayList<>();
        for (CodeCount c : s.byCode().subList(0, Math.min(TOP, s.byCode().size()))) {
            bars.add(new Bar(c.code(), c.count(), n(c.count()) + " · " + pct(c.share()), colour(c.category()), -1));
        }
        return bars(bars, ReportTexts.text(language, "svg.codes"), ReportTexts.text(language, "svg.noFindings"));
    }

    static String skuBars(ExceptionStatistics s, String language) {
        List<Bar> bars = new ArrayList<>();
        for (SkuCount c : s.topSkus().subList(0, Math.min(TOP, s.topSkus().size()))) {
            String top = c.byCode().isEmpty() ? "" : " · " + c.byCode().keySet().iterator().next();
            bars.add(new Bar(c.sku(), c.findings(), n(c.findings()) + top, "#6b7b8c", -1));
        }
        return bars(bars, ReportTexts.text(language, "svg.skus"), ReportTexts.text(language, "svg.noSkus"));
    }

    static String handlingBars(ExceptionStatistics s, String language) {
        List<Bar> bars = new ArrayList<>();
        for (DurationSummary d : s.handlingByCode().subList(0, Math.min(TOP, s.handlingByCode().size()))) {
            bars.add(new Bar(d.key(), d.mean().toMillis(), duration(language, d.mean()) + " · "
                    + ReportTexts.text(language, "svg.p90") + " " + duration(language, d.p90()),
                    "#9c755f", d.p90().toMillis()));
        }
        return bars(bars, ReportTexts.text(language, "svg.handling"), ReportTexts.text(language, "svg.noCases"));
    }

    private static String bars(List<Bar> bars, String description, String empty) {
        int w = 540;
        int row = 24;
        int top = 8;
        if (bars.isEmpty()) {
            StringBuilder g = new StringBuilder(svgOpen(w, 70, description));
            int y = 30;
            for (String line : empty.split("\n")) {
                g.append("<text x=\"270\" y=\"").append(y).append("\" text-anchor=\"middle\" class=\"small\">")
                        .append(esc(line)).append("</text>");
                y += 20;
            }
            return g.append("</svg>\n").toString();
        }
        int hgt = top * 2 + bars.size() * row;
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value, b.marker));
        }
        double x0 = 170;
        double width = 170;
        StringBuilder g = new StringBuilder(svgOpen(w, hgt, description));
        int y = top;
        for (Bar b : bars) {
            double len = max == 0 ? 0 : Math.max(1, width * b.value / max);
            g.append("<text x=\"").append(f(x0 - 8)).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\" class=\"legend\">")
                    .append(esc(clip(b.label, 24))).append("</text>");
            g.append("<rect class=\"bar\" x=\"").append(f(x0)).append("\" y=\"").append(y + 4).append("\" width=\"").append(f(len))
                    .append("\" height=\"16\" rx=\"2\" fill=\"").append(b.colour).append("\"><title>").append(esc(b.label))
                    .append(": ").append(esc(b.text)).append("</title></rect>");
            if (b.marker >= 0 && max > 0) {
                double mx = x0 + width * b.marker / max;
                g.append("<line x1=\"").append(f(mx)).append("\" x2=\"").append(f(mx)).append("\" y1=\"").append(y + 2)
                        .append("\" y2=\"").append(y + 22).append("\" stroke=\"#333333\" stroke-width=\"2\"/>");
            }
            g.append("<text x=\"").append(f(x0 + width + 8)).append("\" y=\"").append(y + 16).append("\" class=\"legend num\">")
                    .append(esc(b.text)).append("</text>");
            y += row;
        }
        return g.append("</svg>\n").toString();
    }

    private static String svgOpen(int w, int h, String description) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" role=\"img\" aria-label=\""
                + esc(description) + "\"><desc>" + esc(description) + "</desc>";
    }
}
