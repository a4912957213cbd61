package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Threshold evidence keys have one form, {@code threshold<Unit>} (docs/exception-catalog.md,
 * "Evidence"): the unit is one of {@link #UNITS}. A key that names a threshold in another way
 * ({@code toleranceAmount}, {@code minOrders}, {@code repeatedCharacterMin}) is refused, and so is
 * a parameter value put in the evidence under a key of another form, except the factor
 * {@code amountMultiplier}, which is not a threshold.
 */
class ThresholdKeysLintTest {
    static final List<String> UNITS = List.of("Minutes", "Hours", "Days", "Amount", "Orders", "Count", "Ratio", "Score");
    static final Pattern THRESHOLD_KEY = Pattern.compile("threshold(" + String.join("|", UNITS) + ")");
    static final Pattern NAMES_A_THRESHOLD = Pattern.compile(
            "threshold|Threshold|tolerance|Tolerance|^min[A-Z]|^max[A-Z]|Min$|Max$|[Ll]imit");
    /** Parameter values that are evidence but not thresholds. */
    static final List<String> NOT_THRESHOLDS = List.of("amountMultiplier");
    static final Pattern RAISE = Pattern.compile("findings\\.raise\\(");

    /** @return one line per key of the DRL that breaks the rule */
    static List<String> offences(String drl) {
        List<String> offences = new ArrayList<>();
        Matcher m = RAISE.matcher(drl);
        while (m.find()) {
            List<String> args = arguments(drl, m.end());
            for (int i = 1; i + 1 < args.size(); i += 2) {
                String key = args.get(i).strip();
                String value = args.get(i + 1).strip();
                if (!key.startsWith("\"") || !key.endsWith("\"")) {
                    continue; // a computed key: lines[i].sku and the like
                }
                String name = key.substring(1, key.length() - 1);
                boolean threshold = THRESHOLD_KEY.matcher(name).matches();
                if (NAMES_A_THRESHOLD.matcher(name).find() && !threshold) {
                    offences.add(name + ": names a threshold but is not threshold<Unit> with a unit of " + UNITS);
                } else if (value.contains("$p.") && !threshold && !NOT_THRESHOLDS.contains(name)) {
                    offences.add(name + ": holds a parameter (" + value + ") but is not threshold<Unit>");
                }
            }
        }
        return offences;
    }

    /** Splits the arguments of a call at its top-level commas, from just after its opening parenthesis. */
    static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\') {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                args.add(current.toString());
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalArgumentException("unbalanced findings.raise at " + from);
    }

    @Test
    void the_lint_refuses_threshold_keys_of_other_forms() {
        // GIVEN consequences with the old key forms and the accepted ones
        String drl = """
                findings.raise($o, "amountDifference", $o.getAmountDifference(), "toleranceAmount", $p.decimal("x.y"));
                findings.raise($o, "minOrders", $p.integer("a.b"), "repeatedCharacterMin", 4, "thresholdKg", 5);
                findings.raise($o, "limitOfOrders", $p.integer("a.c"), $l.getPath() + ".sku", $l.getSku(),
                    "minutesSinceCreated", $o.getMinutesSinceCreated(), "thresholdMinutes", $p.integer("a.d"),
                    "amountMultiplier", $p.decimal("a.e"), "thresholdAmount", $o.averageOrderAmountTimes($p.decimal("a.e")));
                """;
        // WHEN / THEN every other form is refused, the accepted ones pass
        assertThat(offences(drl)).containsExactly(
                "toleranceAmount: names a threshold but is not threshold<Unit> with a unit of " + UNITS,
                "minOrders: names a threshold but is not threshold<Unit> with a unit of " + UNITS,
                "repeatedCharacterMin: names a threshold but is not threshold<Unit> with a unit of " + UNITS,
                "thresholdKg: names a threshold but is not threshold<Unit> with a unit of " + UNITS,
                "limitOfOrders: names a threshold but is not threshold<Unit> with a unit of " + UNITS);
        assertThat(offences("findings.raise($o, \"maxLines\", 3, \"lines\", $p.integer(\"a.b\"));")).containsExactly(
                "maxLines: names a threshold but is not threshold<Unit> with a unit of " + UNITS,
                "lines: holds a parameter ($p.integer(\"a.b\")) but is not threshold<Unit>");
    }

    @Test
    void every_threshold_in_the_evidence_of_the_standard_packs_is_threshold_and_its_unit() {
        // GIVEN every standard pack file
        List<String> offences = new ArrayList<>();
        int raises = 0;
        for (DrlSources.Source s : DrlSources.standard()) {
            raises += (int) RAISE.matcher(s.text()).results().count();
            // WHEN its consequences are read THEN no key breaks the rule
            offences(s.text()).forEach(o -> offences.add(s.resource() + ": " + o));
        }
        assertThat(raises).isGreaterThan(30);
        assertThat(offences).isEmpty();
    }
}
