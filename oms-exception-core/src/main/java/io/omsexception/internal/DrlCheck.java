package io.omsexception.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a pack's DRL, before it is compiled, for what a pack must not do and for what the
 * compiler would not report as a problem of the file. Packs are trusted code (a host adds its own
 * packs; they are never loaded from order data), so this is a check against mistakes, not a
 * sandbox: it refuses the direct calls in the DRL text (comments and string literals left out),
 * not a call made through reflection or through a host class.
 *
 * <ul>
 *   <li>ending or reaching the host's process: {@code System.exit}, {@code Runtime.getRuntime()}
 *       ({@code exit}, {@code halt}, {@code exec}), {@code Runtime.halt}, {@code ProcessBuilder};</li>
 *   <li>reading the clock: {@code System.currentTimeMillis()}, {@code System.nanoTime()},
 *       {@code Instant.now()}, {@code LocalDateTime.now()} and every other {@code java.time}
 *       {@code now()}, {@code new Date()}, {@code Calendar.getInstance()},
 *       {@code new GregorianCalendar()}, {@code Clock.systemUTC()} and the other system clocks, and a
 *       static import from {@code java.time}, {@code System} or {@code Runtime} (it would hide
 *       them): evaluation is as of the request's {@code asOf};</li>
 *   <li>blocking or never returning: {@code while (true)}, {@code for (;;)},
 *       {@code Thread.sleep}: the time budget is checked between firings and cannot stop a
 *       consequence that does not return;</li>
 *   <li>a package name that is not a Java package name ({@code package shop.new;}: {@code new}
 *       is a keyword), which the executable model would fail on with a stack trace.</li>
 * </ul>
 *
 * Each problem is one line {@code file:line:column message}. Stateless.
 */
final class DrlCheck {
    /**
     * A refused call: its pattern, why it is refused, and the words one of which every match
     * contains, so that a text without any of them is not searched (a cold regular expression
     * costs start-up time on every pack).
     */
    private record Forbidden(Pattern pattern, String why, String... words) {
        boolean mayOccurIn(String code) {
            for (String w : words) {
                if (code.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String END_HOST = "would end or reach the host's process; a rule only reports findings";
    private static final String CLOCK = "reads the clock; rules are evaluated as of the request's asOf: use the facts' "
            + "durations (secondsSinceCreated...) or Parameters";
    private static final String STALL = "may never return; a consequence that does not return cannot be stopped";
    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden(Pattern.compile("\\bSystem\\s*\\.\\s*exit\\b"), "System.exit " + END_HOST, "exit"),
            new Forbidden(Pattern.compile("\\bRuntime\\s*\\.\\s*(getRuntime|halt|exit)\\b"), "Runtime.$1 " + END_HOST, "Runtime"),
            new Forbidden(Pattern.compile("\\bProcessBuilder\\b"), "ProcessBuilder " + END_HOST, "ProcessBuilder"),
            new Forbidden(Pattern.compile("\\bSystem\\s*\\.\\s*(currentTimeMillis|nanoTime)\\b"), "System.$1 " + CLOCK,
                    "currentTimeMillis", "nanoTime"),
            new Forbidden(Pattern.compile("\\b(Instant|LocalDateTime|LocalDate|LocalTime|OffsetDateTime|OffsetTime|"
                    + "ZonedDateTime|Year|YearMonth|MonthDay|DayOfWeek)\\s*\\.\\s*now\\b"), "$1.now " + CLOCK, "now"),
            new Forbidden(Pattern.compile("\\bnew\\s+(?:java\\s*\\.\\s*util\\s*\\.\\s*)?(Date|GregorianCalendar)\\s*\\(\\s*\\)"),
                    "new $1() " + CLOCK, "Date", "GregorianCalendar"),
            new Forbidden(Pattern.compile("\\bCalendar\\s*\\.\\s*getInstance\\b"), "Calendar.getInstance " + CLOCK, "getInstance"),
            new Forbidden(Pattern.compile("\\bClock\\s*\\.\\s*(system\\w*)\\b"), "Clock.$1 " + CLOCK, "Clock"),
            new Forbidden(Pattern.compile("\\bimport\\s+static\\s+java\\s*\\.\\s*(?:time\\b|lang\\s*\\.\\s*(?:System|Runtime)\\b)"),
                    "a static import from java.time, System or Runtime would hide a call this check refuses", "static"),
            new Forbidden(Pattern.compile("\\bwhile\\s*\\(\\s*true\\s*\\)"), "while (true) " + STALL, "while"),
            new Forbidden(Pattern.compile("\\bfor\\s*\\(\\s*;\\s*;\\s*\\)"), "for (;;) " + STALL, "for"),
            new Forbidden(Pattern.compile("\\bThread\\s*\\.\\s*sleep\\b"), "Thread.sleep blocks the evaluation; " + STALL, "sleep"));
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([^;\\s]+)");
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "_", "var", "yield", "record", "sealed", "permits");

    private DrlCheck() {
    }

    /**
     * @param path the file's path for messages
     * @param drl its text
     * @return one {@code file:line:column message} per problem, in file order
     */
    static List<String> problems(String path, String drl) {
        String code = blankCommentsAndStrings(drl);
        List<String> problems = new ArrayList<>();
        Matcher pkg = PACKAGE.matcher(code);
        if (pkg.find()) {
            String name = pkg.group(1);
            String why = packageProblem(name);
            if (why != null) {
                problems.add(at(path, code, pkg.start(1)) + " package name '" + name + "' " + why);
            }
        }
        List<int[]> found = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Forbidden f : FORBIDDEN) {
            if (!f.mayOccurIn(code)) {
                continue;
            }
            Matcher m = f.pattern().matcher(code);
            while (m.find()) {
                found.add(new int[] {m.start(), messages.size()});
                messages.add(m.groupCount() > 0 && m.group(1) != null ? f.why().replace("$1", m.group(1)) : f.why());
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] hit : found) {
            problems.add(at(path, code, hit[0]) + " " + messages.get(hit[1]));
        }
        return problems;
    }

    private static String packageProblem(String name) {
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return "is not a Java package name: '" + part + "' is not an identifier";
            }
            if (KEYWORDS.contains(part)) {
                return "is not a Java package name: '" + part + "' is a Java keyword (rename it, for example '"
                        + part + "s')";
            }
        }
        return null;
    }

    private static String at(String path, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return path + ":" + line + ":" + (offset - lineStart + 1);
    }

    /** @return the text with comments and string and character literals as spaces, line breaks kept */
    static String blankCommentsAndStrings(String drl) {
        StringBuilder b = new StringBuilder(drl);
        int i = 0;
        int n = drl.length();
        while (i < n) {
            char c = drl.charAt(i);
            int end;
            if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
                end = drl.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
                end = drl.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < n && drl.charAt(end) != c && drl.charAt(end) != '\n') {
                    end += drl.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                // keep the quotes, so that a rule's name stays a token
                for (int j = i + 1; j < end - 1; j++) {
                    if (b.charAt(j) != '\n') {
                        b.setCharAt(j, ' ');
                    }
                }
                i = end;
                continue;
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (b.charAt(j) != '\n') {
                    b.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return b.toString();
    }
}
