package io.omsexception.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into one-line {@code file:line:column message} problems that point
 * into the host's DRL, also when the executable model reports them against generated Java.
 */
final class BuildProblems {
    private static final Pattern LINE_IN_TEXT = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern EXECUTE_BODY = Pattern.compile(
            "public void execute\\([^)]*\\)[^{]*\\{\\s*(.*?)\\s*}\\s*}\\s*$", Pattern.DOTALL);
    private static final Pattern LEFT_PART = Pattern.compile("expression: (\\S.*)$");

    private BuildProblems() {
    }

    /**
     * @param messages the error messages of a build
     * @param kfsPaths the path of every source in the virtual file system, mapped to its path for users
     * @param sources the DRL text of every source, by its path for users
     * @return one line per distinct problem
     */
    static List<String> describe(List<Message> messages, Map<String, String> kfsPaths, Map<String, String> sources) {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> filesWithErrors = new LinkedHashSet<>();
        List<String> nullPackage = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText() == null ? "" : m.getText().strip();
            String firstLine = text.lines().findFirst().orElse("").strip();
            String path = m.getPath() == null ? null : kfsPaths.getOrDefault(m.getPath(),
                    kfsPaths.get("src/main/resources/" + m.getPath()));
            if (firstLine.startsWith("Java source of ")) {
                continue;
            }
            if (path == null) {
                problems.add(generated(firstLine, text, sources));
                continue;
            }
            if (firstLine.equals("Parser returned a null Package")) {
                nullPackage.add(path + ":0:0 the file could not be parsed");
                continue;
            }
            filesWithErrors.add(path);
            int line = m.getLine();
            int column = m.getColumn();
            Matcher at = LINE_IN_TEXT.matcher(firstLine);
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2)) + 1;
                firstLine = firstLine.replaceFirst("^\\[ERR \\d+\\] ", "").replaceFirst("^Line \\d+:\\d+ ", "");
            } else if (line > 0) {
                column = column + 1;
            }
            if (firstLine.contains("unexpected exception at input '<eof>'")) {
                firstLine = "unexpected end of file: is a rule missing its 'end'?";
            }
            if (line <= 0) {
                int[] found = locate(snippet(firstLine), sources.get(path));
                if (found != null) {
                    line = found[0];
                    column = found[1];
                }
            }
            problems.add(path + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + " " + firstLine);
        }
        for (String p : nullPackage) {
            if (filesWithErrors.stream().noneMatch(p::startsWith)) {
                problems.add(p);
            }
        }
        return new ArrayList<>(problems);
    }

    private static String generated(String firstLine, String text, Map<String, String> sources) {
        String message = firstLine;
        Matcher body = EXECUTE_BODY.matcher(text);
        if (body.find()) {
            String statement = body.group(1).strip();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                int[] found = locate(statement, source.getValue());
                if (found != null) {
                    return source.getKey() + ":" + found[0] + ":" + found[1] + " " + message;
                }
            }
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            int[] found = locate(snippet(firstLine), source.getValue());
            if (found != null) {
                return source.getKey() + ":" + found[0] + ":" + found[1] + " " + message;
            }
        }
        return (sources.size() == 1 ? sources.keySet().iterator().next() : "?") + ":0:0 " + message;
    }

    private static String snippet(String message) {
        Matcher m = LEFT_PART.matcher(message);
        if (m.find()) {
            return m.group(1);
        }
        int cannot = message.indexOf(" cannot be resolved");
        return cannot > 0 ? message.substring(0, cannot) : null;
    }

    /** @return the 1-based line and column of the first occurrence of the text, or null */
    static int[] locate(String text, String source) {
        if (text == null || text.isBlank() || source == null) {
            return null;
        }
        int at = source.indexOf(text.strip());
        if (at < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }
}
