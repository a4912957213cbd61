package io.omsexception.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the cell of a decision table ({@link DecisionTables}) that a build problem comes from.
 * Needs nothing beyond the JDK for CSV tables, so that the engine can call it for every build
 * whether or not the optional decision-table library is present. Stateless and thread-safe.
 */
public final class TableProblems {
    private static final Pattern SHEET_PATH = Pattern.compile("(.+) \\[sheet (.+)]");
    private static final Pattern PROBLEM = Pattern.compile("(.+ \\[sheet .+]):(\\d+):(\\d+) (.*)", Pattern.DOTALL);
    private static final Pattern RULE_VALUES = Pattern.compile("// rule values at ([A-Z]+)(\\d+),");

    private TableProblems() {
    }

    /**
     * @param fileName a file's name
     * @return whether it is a decision table: it ends with {@code .csv} or {@code .xlsx}
     */
    public static boolean isTable(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    /**
     * Rewrites the problems found in the DRL of a table ({@code FILE [sheet S]:LINE:COLUMN message})
     * to name the table's cell: the row of the rule the line belongs to, and the column of the
     * first cell of that row whose text is on the line ({@code FILE: sheet S, row R, column C:
     * message}); a line outside the rules (the header: RuleSet, Import, Variables) names the sheet
     * only. Other problems are kept as they are.
     *
     * @param problems the problems of a build
     * @param drl the DRL of every source, by path; a table's cells are read again from its file
     * @return the problems, those of tables rewritten
     */
    static List<String> locate(List<String> problems, Map<String, String> drl) {
        List<String> out = new ArrayList<>(problems.size());
        for (String problem : problems) {
            Matcher m = PROBLEM.matcher(problem);
            Matcher sheetPath = m.matches() ? SHEET_PATH.matcher(m.group(1)) : null;
            if (sheetPath == null || !sheetPath.matches() || !drl.containsKey(m.group(1))) {
                out.add(problem);
                continue;
            }
            String file = sheetPath.group(1);
            String sheet = sheetPath.group(2);
            String[] lines = drl.get(m.group(1)).split("\n", -1);
            int line = Math.min(Integer.parseInt(m.group(2)), lines.length);
            int row = -1;
            for (int i = line - 1; i >= 0 && row < 0; i--) {
                Matcher values = RULE_VALUES.matcher(lines[i]);
                if (values.find()) {
                    row = Integer.parseInt(values.group(2));
                }
            }
            if (row < 0) {
                out.add(file + ": sheet " + sheet + ", in the header (RuleSet, Import, Variables): " + m.group(4));
                continue;
            }
            String text = line >= 1 ? lines[line - 1] : "";
            List<List<String>> grid = grid(file, sheet);
            String column = "";
            if (row - 1 < grid.size()) {
                List<String> cells = grid.get(row - 1);
                for (int c = 0; c < cells.size() && column.isEmpty(); c++) {
                    if (!cells.get(c).isBlank() && text.contains(cells.get(c).strip())) {
                        column = ", column " + letters(c);
                    }
                }
            }
            out.add(file + ": sheet " + sheet + ", row " + row + column + ": " + m.group(4));
        }
        return out;
    }

    /** @return the column's letters, A for 0, Z for 25, AA for 26 */
    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    private static List<List<String>> grid(String file, String sheet) {
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            List<List<String>> rows = new ArrayList<>();
            for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n", -1)) {
                rows.add(csvLine(line));
            }
            return rows;
        }
        return DecisionTables.xlsxCells(Path.of(file), sheet);
    }

    /** Splits one CSV line: fields separated by commas, a quoted field may hold commas and {@code ""}. */
    static List<String> csvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        fields.add(f.toString());
        return fields;
    }
}
