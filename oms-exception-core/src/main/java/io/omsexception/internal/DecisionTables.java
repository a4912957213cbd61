package io.omsexception.internal;

import io.omsexception.RulePack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A pack's decision tables: {@code .csv} and {@code .xlsx} files in the format of Drools decision
 * tables ({@code RuleSet}, {@code Import}, {@code Variables}, then {@code RuleTable} blocks with
 * {@code NAME}, {@code METADATA} (the rule's {@code code("$param")}), {@code CONDITION} and
 * {@code ACTION} columns), each sheet turned into one DRL source when the pack is read. A CSV file
 * is one sheet, named after the file; an {@code .xlsx} file gives one source per sheet holding a
 * {@code RuleTable} (other sheets, such as notes, are skipped).
 *
 * <p>The DRL of a sheet has the path {@code FILE [sheet NAME]}; {@link TableProblems} rewrites a
 * problem found in it to name the cell. This class needs {@code org.drools:drools-decisiontables}
 * (and Apache POI) on the class path, an optional dependency of the core: only a pack with a
 * table loads it. Stateless and thread-safe.
 */
public final class DecisionTables {
    private DecisionTables() {
    }

    /**
     * @param path the table's path, for messages
     * @param content the file's bytes (a CSV file is read as UTF-8)
     * @param problems where a table that cannot be read is reported, naming the file and sheet
     * @return the DRL of each sheet holding rules, as sources named {@code path [sheet NAME]}
     */
    public static List<RulePack.Source> toDrl(String path, byte[] content, List<String> problems) {
        List<RulePack.Source> sources = new ArrayList<>();
        SpreadsheetCompiler compiler = new SpreadsheetCompiler();
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            String sheet = sheetOfCsv(path);
            try {
                sources.add(new RulePack.Source(path + " [sheet " + sheet + "]",
                        compiler.compile(new ByteArrayInputStream(content), InputType.CSV)));
            } catch (RuntimeException e) {
                problems.add(path + ": sheet " + sheet + ": not a usable decision table: " + e.getMessage());
            }
            return sources;
        }
        List<String> sheets = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet s : book) {
                if (cells(s).stream().anyMatch(row -> row.stream().anyMatch(c -> c.strip().startsWith("RuleTable")))) {
                    sheets.add(s.getSheetName());
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(path + ": cannot be read as an .xlsx workbook: " + e.getMessage());
            return sources;
        }
        if (sheets.isEmpty()) {
            problems.add(path + ": no sheet holds a RuleTable");
        }
        for (String sheet : sheets) {
            try {
                sources.add(new RulePack.Source(path + " [sheet " + sheet + "]",
                        compiler.compile(new ByteArrayInputStream(content), sheet)));
            } catch (RuntimeException e) {
                problems.add(path + ": sheet " + sheet + ": not a usable decision table: " + e.getMessage());
            }
        }
        return sources;
    }

    private static String sheetOfCsv(String path) {
        String file = path.replace('\\', '/').substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".csv".length());
    }

    /**
     * @param file an {@code .xlsx} file
     * @param sheet a sheet's name
     * @return the text of its cells, row by row; empty when the file or sheet cannot be read
     */
    static List<List<String>> xlsxCells(Path file, String sheet) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Sheet s = book.getSheet(sheet);
            return s == null ? List.of() : cells(s);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
