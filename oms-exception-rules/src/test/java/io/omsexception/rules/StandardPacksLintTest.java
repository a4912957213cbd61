package io.omsexception.rules;

import static io.omsexception.BlockingPolicy.ALWAYS;
import static io.omsexception.BlockingPolicy.NEVER;
import static io.omsexception.BlockingPolicy.UNTIL_SHIPPED;
import static io.omsexception.Category.INFORMATION;
import static io.omsexception.Category.INVENTORY;
import static io.omsexception.Category.LOGISTICS;
import static io.omsexception.Category.PAYMENT;
import static io.omsexception.Category.REFUND;
import static io.omsexception.Category.RISK;
import static io.omsexception.Department.AFTER_SALES;
import static io.omsexception.Department.CUSTOMER_SERVICE;
import static io.omsexception.Department.FINANCE;
import static io.omsexception.Department.RISK_CONTROL;
import static io.omsexception.Department.WAREHOUSE;
import static io.omsexception.Priority.P1;
import static io.omsexception.Priority.P2;
import static io.omsexception.Priority.P3;
import static io.omsexception.Priority.P4;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.ExceptionDefinition;
import io.omsexception.LocalizedText;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.junit.jupiter.api.Test;
import org.kie.internal.builder.conf.LanguageLevelOption;

/** Lint of the standard packs: the built engine against the catalog table, and the DRL sources. */
class StandardPacksLintTest {

    /** One row of the catalog table (docs/exception-catalog.md). */
    record Row(Category category, Priority priority, Department department, BlockingPolicy blocking) {
    }

    /** The catalog table, code by code, exactly as the spec states it. */
    static final Map<String, Row> CATALOG = catalog();

    private static Map<String, Row> catalog() {
        Map<String, Row> t = new LinkedHashMap<>();
        t.put("PAYMENT_FAILED", new Row(PAYMENT, P1, FINANCE, ALWAYS));
        t.put("PAYMENT_TIMEOUT", new Row(PAYMENT, P2, FINANCE, ALWAYS));
        t.put("PAYMENT_AMOUNT_MISMATCH", new Row(PAYMENT, P1, FINANCE, ALWAYS));
        t.put("HIGH_RISK_PAYMENT", new Row(PAYMENT, P1, RISK_CONTROL, ALWAYS));
        t.put("REFUND_REQUESTED", new Row(PAYMENT, P2, FINANCE, UNTIL_SHIPPED));
        t.put("ADDRESS_INCOMPLETE", new Row(INFORMATION, P3, CUSTOMER_SERVICE, ALWAYS));
        t.put("ADDRESS_SUSPICIOUS", new Row(INFORMATION, P2, RISK_CONTROL, ALWAYS));
        t.put("PHONE_MISSING", new Row(INFORMATION, P2, CUSTOMER_SERVICE, ALWAYS));
        t.put("PHONE_INVALID", new Row(INFORMATION, P3, CUSTOMER_SERVICE, ALWAYS));
        t.put("OUT_OF_STOCK", new Row(INVENTORY, P1, WAREHOUSE, ALWAYS));
        t.put("UNKNOWN_SKU", new Row(INVENTORY, P2, WAREHOUSE, ALWAYS));
        t.put("PRODUCT_DELISTED", new Row(INVENTORY, P2, WAREHOUSE, ALWAYS));
        t.put("COURIER_REJECTED", new Row(LOGISTICS, P1, Department.LOGISTICS, NEVER));
        t.put("DELIVERY_OVERDUE", new Row(LOGISTICS, P2, Department.LOGISTICS, NEVER));
        t.put("PARCEL_STRANDED", new Row(LOGISTICS, P2, Department.LOGISTICS, NEVER));
        t.put("ORDER_PROCESSING_TIMEOUT", new Row(LOGISTICS, P2, WAREHOUSE, NEVER));
        t.put("SHIP_DEADLINE_AT_RISK", new Row(LOGISTICS, P2, WAREHOUSE, NEVER));
        t.put("PICKUP_TIMEOUT", new Row(LOGISTICS, P1, Department.LOGISTICS, NEVER));
        t.put("DELIVERY_FAILED", new Row(LOGISTICS, P2, Department.LOGISTICS, NEVER));
        t.put("PARCEL_RETURNED", new Row(LOGISTICS, P2, CUSTOMER_SERVICE, NEVER));
        t.put("AMOUNT_ANOMALY", new Row(RISK, P2, RISK_CONTROL, ALWAYS));
        t.put("PRODUCT_RISK", new Row(RISK, P2, RISK_CONTROL, ALWAYS));
        t.put("BEHAVIOR_ANOMALY", new Row(RISK, P2, RISK_CONTROL, ALWAYS));
        t.put("BLACKLISTED_CUSTOMER", new Row(RISK, P1, RISK_CONTROL, ALWAYS));
        t.put("REFUND_DISPUTE", new Row(REFUND, P2, AFTER_SALES, NEVER));
        t.put("REFUND_HIGH_RISK", new Row(REFUND, P1, RISK_CONTROL, ALWAYS));
        t.put("REFUND_AWAITING_RETURN", new Row(REFUND, P3, WAREHOUSE, NEVER));
        t.put("REFUND_DUE_TO_DELAY", new Row(REFUND, P3, CUSTOMER_SERVICE, NEVER));
        t.put("REFUND_AUTO_APPROVE", new Row(REFUND, P3, FINANCE, ALWAYS));
        t.put("REFUNDED_BEFORE_SHIPMENT", new Row(REFUND, P1, WAREHOUSE, ALWAYS));
        t.put("REFUND_RETURN_RECEIVED", new Row(REFUND, P2, FINANCE, NEVER));
        return java.util.Collections.unmodifiableMap(t);
    }

    /** The codes that withdraw another, as the catalog states them. */
    static final Map<String, List<String>> SUPPRESSED_BY = Map.of(
            "REFUND_AUTO_APPROVE", List.of("REFUND_HIGH_RISK", "BLACKLISTED_CUSTOMER"),
            "REFUND_REQUESTED", List.of("REFUND_AUTO_APPROVE"));
    /** The codes without a customer message. */
    static final Set<String> INTERNAL = Set.of("SHIP_DEADLINE_AT_RISK", "PICKUP_TIMEOUT");

    static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    static final Pattern RULE_NAME = Pattern.compile("([A-Z][A-Z0-9_]*): (\\S.*\\S)");
    static final List<String> INTERNAL_WORDS = List.of("风险", "风控", "黑名单", "欺诈", "恶意", "盗", "可疑", "观察名单",
            "risk", "fraud", "blacklist", "blocklist", "watchlist", "watch list", "suspicious", "abuse");

    static final OrderExceptionEngine ENGINE = GoldenCasesTest.engine(Map.of());

    static Map<String, List<RuleDescr>> rulesByPack() {
        Map<String, List<RuleDescr>> rules = new LinkedHashMap<>();
        for (DrlSources.Source s : DrlSources.standard()) {
            DrlSources.Parsed parsed = DrlSources.parse(s.text(), LanguageLevelOption.DRL10);
            assertThat(parsed.errors()).as(s.resource()).isEmpty();
            rules.put(s.pack(), parsed.descr().getRules());
        }
        return rules;
    }

    static String meta(RuleDescr rule, String key) {
        AnnotationDescr a = rule.getAnnotation(key);
        return a == null ? null : String.valueOf(a.getSingleValueStripped()).strip();
    }

    @Test
    void the_standard_packs_implement_exactly_the_31_catalog_codes() {
        // GIVEN the engine built with the standard packs
        // WHEN its codes are listed
        List<String> codes = ENGINE.definitions().stream().map(ExceptionDefinition::code).toList();
        // THEN they are the catalog's 31 codes
        assertThat(CATALOG).hasSize(31);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(CATALOG.keySet());
    }

    @Test
    void every_code_has_the_category_priority_department_and_blocking_of_the_catalog_table() {
        SoftAssertions softly = new SoftAssertions();
        CATALOG.forEach((code, row) -> {
            // GIVEN a row of the catalog WHEN the engine's definition is read THEN they agree
            ExceptionDefinition d = ENGINE.definition(code).orElseThrow();
            softly.assertThat(new Row(d.category(), d.priority(), d.department(), d.blocking())).as(code).isEqualTo(row);
            softly.assertThat(d.suppressedBy()).as(code + " suppressedBy")
                    .isEqualTo(SUPPRESSED_BY.getOrDefault(code, List.of()));
            softly.assertThat(d.customerMessage() == null).as(code + " internal").isEqualTo(INTERNAL.contains(code));
        });
        softly.assertAll();
    }

    @Test
    void every_rule_carries_only_its_code_and_is_named_by_its_code_and_a_sentence() {
        // GIVEN every rule of the six files, as parsed, and each pack's catalog
        Map<String, List<RuleDescr>> byPack = rulesByPack();
        Map<String, RulePack> packs = new LinkedHashMap<>();
        StandardRules.drlPacks().forEach(p -> packs.put(p.name(), p));
        Set<String> names = new HashSet<>();
        int count = 0;
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, List<RuleDescr>> e : byPack.entrySet()) {
            RulePack pack = packs.get(e.getKey());
            for (RuleDescr rule : e.getValue()) {
                count++;
                String where = e.getKey() + ".drl rule \"" + rule.getName() + "\"";
                // THEN its only metadata is @code, and the code is its own pack's
                softly.assertThat(rule.getAnnotationNames()).as(where + " metadata").containsExactly("code");
                softly.assertThat(meta(rule, "code")).as(where + " @code").isNotBlank();
                softly.assertThat(pack.codes()).as(where + " code in " + pack.catalogPath()).containsKey(meta(rule, "code"));
                // AND its name is "CODE: sentence" for its own code, and unique
                var m = RULE_NAME.matcher(rule.getName());
                softly.assertThat(m.matches()).as(where + " name").isTrue();
                if (m.matches()) {
                    softly.assertThat(m.group(1)).as(where + " name's code").isEqualTo(meta(rule, "code"));
                }
                softly.assertThat(names.add(rule.getName())).as(where + " unique").isTrue();
                // AND its code belongs to the file's category
                Row row = CATALOG.get(meta(rule, "code"));
                softly.assertThat(row).as(where + " code in the catalog").isNotNull();
                if (row != null) {
                    softly.assertThat(row.category().name().toLowerCase(Locale.ROOT)).as(where + " file").isEqualTo(e.getKey());
                }
                // AND no salience or other ordering attribute
                softly.assertThat(rule.getAttributes().keySet()).as(where + " attributes").isEmpty();
            }
        }
        softly.assertAll();
        // AND the engine compiled every rule of the files, and each code lists its rules
        assertThat(ENGINE.ruleCount()).isEqualTo(count);
        assertThat(ENGINE.definitions().stream().mapToInt(d -> d.ruleNames().size()).sum()).isEqualTo(count);
    }

    @Test
    void every_pack_declares_each_of_its_codes_once_in_its_own_catalog_and_nothing_else() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> all = new HashSet<>();
        for (RulePack pack : StandardRules.drlPacks()) {
            // GIVEN a standard pack, read from the class path with the files beside its DRL
            String folder = "io/omsexception/rules/" + pack.name() + "/";
            // THEN its files have no problem, its catalog is beside the DRL and declares only the codes its rules raise
            softly.assertThat(pack.problems()).as(pack.name()).isEmpty();
            softly.assertThat(pack.catalogPath()).isEqualTo(folder + "codes.properties");
            softly.assertThat(pack.declaredCodes()).as(pack.name()).containsExactlyInAnyOrderElementsOf(
                    rulesByPack().get(pack.name()).stream().map(r -> meta(r, "code")).distinct().toList());
            softly.assertThat(pack.texts()).as(pack.name() + " languages").containsOnlyKeys("zh", "en");
            pack.codes().keySet().forEach(c -> softly.assertThat(all.add(c)).as(c + " declared once").isTrue());
        }
        softly.assertAll();
        assertThat(all).containsExactlyInAnyOrderElementsOf(CATALOG.keySet());
    }

    @Test
    void every_guidance_and_customer_message_exists_in_chinese_and_english() {
        SoftAssertions softly = new SoftAssertions();
        for (ExceptionDefinition d : ENGINE.definitions()) {
            // GIVEN a code WHEN its texts are read THEN both languages are there, each in its script
            Map<String, LocalizedText> texts = d.customerMessage() == null ? Map.of("guidance", d.guidance())
                    : Map.of("guidance", d.guidance(), "customerMessage", d.customerMessage());
            for (Map.Entry<String, LocalizedText> t : texts.entrySet()) {
                String where = d.code() + " " + t.getKey();
                softly.assertThat(t.getValue().zh()).as(where + ".zh").isNotBlank();
                softly.assertThat(t.getValue().en()).as(where + ".en").isNotBlank();
                softly.assertThat(CJK.matcher(t.getValue().zh()).find()).as(where + ".zh is Chinese").isTrue();
                softly.assertThat(CJK.matcher(t.getValue().en()).find()).as(where + ".en is not Chinese").isFalse();
            }
            // AND guidance is a procedure (several steps), not a label
            softly.assertThat(d.guidance().zh().split("；").length).as(d.code() + " guidance.zh steps").isGreaterThanOrEqualTo(3);
            softly.assertThat(d.guidance().en().split(";").length).as(d.code() + " guidance.en steps").isGreaterThanOrEqualTo(3);
        }
        softly.assertAll();
    }

    @Test
    void customer_messages_never_use_internal_risk_wording() {
        SoftAssertions softly = new SoftAssertions();
        for (ExceptionDefinition d : ENGINE.definitions()) {
            if (d.customerMessage() == null) {
                continue; // an internal code tells the buyer nothing
            }
            // GIVEN a customer message in both languages
            String zh = d.customerMessage().zh();
            String en = d.customerMessage().en().toLowerCase(Locale.ROOT);
            // WHEN / THEN it says nothing a buyer should not see
            for (String word : INTERNAL_WORDS) {
                softly.assertThat(zh).as(d.code() + " customerMessage.zh").doesNotContain(word);
                softly.assertThat(en).as(d.code() + " customerMessage.en").doesNotContain(word);
            }
        }
        softly.assertAll();
    }

    @Test
    void rules_only_raise_findings_and_read_no_clock() {
        SoftAssertions softly = new SoftAssertions();
        Pattern oneRaise = Pattern.compile("(?s)\\s*findings\\.raise(OnLine|OnSku)?\\([^;]*\\);\\s*");
        for (DrlSources.Source s : DrlSources.standard()) {
            // GIVEN a pack file
            String code = s.text().replaceAll("(?m)//.*$", "");
            // THEN it has no clock read, no working-memory change, no ordering trick
            for (String forbidden : List.of("salience", "agenda-group", "activation-group", "ruleflow-group", "no-loop",
                    "System.", "now(", "Clock", "new Date", "LocalDate", "Instant", "insert(", "insertLogical(", "modify(",
                    "update(", "delete(", "retract(", "eval(", "drools.")) {
                softly.assertThat(code).as(s.resource() + " uses " + forbidden).doesNotContain(forbidden);
            }
            // AND every consequence is one findings.raise call
            for (RuleDescr rule : DrlSources.parse(s.text(), LanguageLevelOption.DRL10).descr().getRules()) {
                softly.assertThat(oneRaise.matcher(String.valueOf(rule.getConsequence())).matches())
                        .as(s.resource() + " \"" + rule.getName() + "\" consequence: " + rule.getConsequence()).isTrue();
            }
        }
        softly.assertAll();
    }

    @Test
    void every_standard_parameter_is_read_by_some_rule() {
        // GIVEN the text of every pack
        StringBuilder all = new StringBuilder();
        DrlSources.standard().forEach(s -> all.append(s.text()));
        // WHEN / THEN each standard parameter is read in DRL or feeds a fact input the DRL matches on
        for (var p : StandardParameters.ALL) {
            if (p.feeds() == null || p.name().equals("information.repeatedCharacterMin")) {
                assertThat(all).as(p.name()).contains("(\"" + p.name() + "\")");
            }
        }
        assertThat(StandardParameters.ALL).filteredOn(p -> p.feeds() != null)
                .extracting(p -> p.name() + " feeds " + p.feeds().key())
                .containsExactly("information.fakeAddressPhrases feeds OrderFacts.fakeAddressPhrases",
                        "information.fakeAddressWords feeds OrderFacts.fakeAddressWords",
                        "information.repeatedCharacterMin feeds OrderFacts.repeatedCharacterMin",
                        "information.ruralMarkers feeds OrderFacts.ruralMarkers",
                        "information.citiesWithoutDistricts feeds OrderFacts.citiesWithoutDistricts",
                        "inventory.allocateAcrossRequest feeds OrderFacts.allocateAcrossRequest",
                        "logistics.remoteProvinces feeds OrderFacts.remoteRegions",
                        "fulfilment.processingHours feeds OrderFacts.processingHours");
        assertThat(all).contains("recipientFakeKeywords", "detailFakeKeywords", "detailRepeated", "remote",
                "houseNumberMissing", "districtMissing", "outOfStock", "shipByDeadlinePassed", "fulfilment.processingHours");
    }

    @Test
    void every_standard_pack_declares_the_parameters_its_own_rules_read() {
        Pattern read = Pattern.compile("\\$p\\.(?:integer|decimal|seconds|list|text)\\(\"([^\"]+)\"\\)");
        SoftAssertions softly = new SoftAssertions();
        for (RulePack pack : StandardRules.drlPacks()) {
            // GIVEN each standard pack alone, with the parameters it declares
            Set<String> declared = new HashSet<>();
            pack.parameters().forEach(p -> declared.add(p.name()));
            // WHEN its DRL reads a parameter THEN the pack itself declares it
            for (RulePack.Source s : pack.sources()) {
                var m = read.matcher(s.content());
                int reads = 0;
                while (m.find()) {
                    reads++;
                    softly.assertThat(declared).as(s.path() + " reads " + m.group(1)).contains(m.group(1));
                }
                softly.assertThat(reads == 0 || !declared.isEmpty()).as(s.path()).isTrue();
            }
        }
        softly.assertAll();
    }

    @Test
    void the_user_documentation_lists_every_code_parameter_and_default() throws IOException {
        // GIVEN docs/exception-catalog.md at the root of the repository
        Path doc = Path.of("..", "docs", "exception-catalog.md");
        assertThat(doc).exists();
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        // WHEN / THEN it names every code, every parameter with its default, and every rule
        List<String> missing = new ArrayList<>();
        CATALOG.keySet().stream().filter(c -> !text.contains("`" + c + "`")).forEach(missing::add);
        for (var p : StandardParameters.ALL) {
            if (!text.contains("`" + p.name() + "`")) {
                missing.add(p.name());
            }
            if (!text.contains(p.defaultValue().replace(",", ", ")) && !text.contains(p.defaultValue())) {
                missing.add(p.name() + " default " + p.defaultValue());
            }
        }
        assertThat(missing).isEmpty();
    }
}
