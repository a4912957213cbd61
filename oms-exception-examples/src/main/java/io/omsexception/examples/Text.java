package io.omsexception.examples;

import java.io.PrintStream;
import java.util.List;

/** Plain-text tables that line up in a terminal, Chinese (double-width) characters included. */
final class Text {
    private Text() {
    }

    /**
     * @param s a text
     * @return how many terminal columns it takes: East Asian wide and full-width characters take two
     */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /**
     * Prints rows as columns two spaces apart, the first row being the header, underlined.
     *
     * @param out where to print
     * @param rows the header and the rows, all of the same size
     */
    static void printTable(PrintStream out, List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
                }
                out.println(rule);
            }
        }
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            b.append(i == 0 ? "" : "  ").append(cell);
            if (i < row.size() - 1) {
                b.append(" ".repeat(widths[i] - width(cell)));
            }
        }
        return b.toString();
    }
}
