package io.omsexception.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The facts table of docs/rule-authoring.md names exactly the getters and methods the facts have. */
class RuleAuthoringDocTest {
    static final Pattern NAME = Pattern.compile("`([A-Za-z0-9]+(?:\\([a-z]+\\))?)`");

    /** @return the documented names of a fact's row: properties ({@code paid}) and methods ({@code isX(y)}) */
    static Set<String> documented(String doc, String fact) {
        String row = doc.lines().filter(l -> l.startsWith("| `" + fact + "` |")).findFirst().orElseThrow();
        String offers = row.substring(row.indexOf('|', 2) + 1);
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(offers.replaceAll("\\(`[^)]*`\\)", ""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** @return a fact's public getters as properties, and its other public methods with an argument as {@code name(arg)} */
    static Set<String> actual(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            String n = method.getName();
            if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || n.equals("toString")) {
                continue;
            }
            if (method.getParameterCount() == 0 && n.startsWith("get") && n.length() > 3) {
                names.add(n.substring(3, 4).toLowerCase(Locale.ROOT) + n.substring(4));
            } else if (method.getParameterCount() == 0 && n.startsWith("is") && n.length() > 2) {
                names.add(n.substring(2, 3).toLowerCase(Locale.ROOT) + n.substring(3));
            } else {
                names.add(n + "(" + method.getParameters()[0].getType().getSimpleName().toLowerCase(Locale.ROOT) + ")");
            }
        }
        return names;
    }

    static final List<Class<?>> VIEWS = List.of(AddressFacts.class, ContactFacts.class, PaymentFacts.class,
            ShipmentFacts.class, CustomerFacts.class);

    @Test
    void the_facts_table_lists_every_getter_of_the_facts_and_nothing_else() throws IOException {
        // GIVEN the table of docs/rule-authoring.md
        String doc = Files.readString(Path.of("..", "docs", "rule-authoring.md"), StandardCharsets.UTF_8);
        // WHEN / THEN each row names exactly its fact's getters (methods with their argument)
        assertThat(documented(doc, "OrderFacts")).containsExactlyInAnyOrderElementsOf(actual(OrderFacts.class));
        for (Class<?> view : VIEWS) {
            assertThat(documented(doc, view.getSimpleName()).stream().map(n -> n.replace("(ratio)", "(bigdecimal)")
                    .replace("(multiplier)", "(bigdecimal)")).toList())
                    .as(view.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(actual(view));
        }
        assertThat(documented(doc, "LineFacts")).containsExactlyInAnyOrderElementsOf(actual(LineFacts.class));
        assertThat(documented(doc, "SkuFacts")).containsExactlyInAnyOrderElementsOf(actual(SkuFacts.class));
        assertThat(documented(doc, "RefundFacts")).containsExactlyInAnyOrderElementsOf(actual(RefundFacts.class));
        assertThat(documented(doc, "ParcelFacts")).containsExactlyInAnyOrderElementsOf(actual(ParcelFacts.class));
        assertThat(actual(OrderFacts.class).size() + VIEWS.stream().mapToInt(v -> actual(v).size()).sum())
                .isGreaterThan(70);
    }

    @Test
    void every_view_of_the_order_facts_has_its_row() {
        // GIVEN the getters of OrderFacts that return one of the facts classes
        Set<Class<?>> views = new HashSet<>();
        for (Method method : OrderFacts.class.getDeclaredMethods()) {
            Class<?> type = method.getReturnType();
            if (Modifier.isPublic(method.getModifiers()) && type.getPackage() == OrderFacts.class.getPackage()
                    && type.getSimpleName().endsWith("Facts")) {
                views.add(type);
            }
        }
        // WHEN / THEN they are the views the table documents
        assertThat(views).containsExactlyInAnyOrderElementsOf(VIEWS);
    }
}
