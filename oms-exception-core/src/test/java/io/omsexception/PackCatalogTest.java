package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's catalog: each code declared once in codes.properties, its texts in texts_xx.properties. */
class PackCatalogTest {
    static final String HEADER = EngineBuildTest.HEADER;
    static final String ONE_RULE = HEADER + """
            rule "SHOP_CHECK: the phone is blank"
                @code("SHOP_CHECK")
            when
                $o : OrderFacts(contact.phoneBlank)
            then
                findings.raise($o);
            end
            """;
    static final String CODES = """
            SHOP_CHECK.category=INFORMATION
            SHOP_CHECK.priority=P3
            SHOP_CHECK.department=CUSTOMER_SERVICE
            SHOP_CHECK.blocking=false
            """;
    static final String ZH = "SHOP_CHECK.guidance=指引\nSHOP_CHECK.customer=消息\n";
    static final String EN = "SHOP_CHECK.guidance=Guidance\nSHOP_CHECK.customer=Message\n";

    @TempDir
    Path dir;

    private Path write(String file, String text) throws IOException {
        return Files.writeString(dir.resolve(file), text);
    }

    private Path folder(String drl, String codes, String zh, String en) throws IOException {
        write("shop.drl", drl);
        write("codes.properties", codes);
        if (zh != null) {
            write("texts_zh.properties", zh);
        }
        if (en != null) {
            write("texts_en.properties", en);
        }
        return dir;
    }

    private String path(String file) {
        return dir.resolve(file).toString();
    }

    private RulePackException refused(OrderExceptionEngine.Builder builder) {
        return catchThrowableOfType(RulePackException.class, builder::build);
    }

    @Test
    void a_pack_folder_declares_its_codes_once_and_every_rule_raising_one_shares_it() throws IOException {
        // GIVEN two rules raising one code, declared once beside them
        String drl = ONE_RULE + """
                rule "SHOP_CHECK: the detail line is blank"
                    @code("SHOP_CHECK")
                when
                    $o : OrderFacts(address.detailBlank)
                then
                    findings.raise($o);
                end
                """;
        // WHEN the folder is added
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(folder(drl, CODES, ZH, EN)).build();
        // THEN the code has the catalog's attributes, the bundles' texts and both rules
        ExceptionDefinition d = engine.definition("SHOP_CHECK").orElseThrow();
        assertThat(d).isEqualTo(new ExceptionDefinition("SHOP_CHECK", Category.INFORMATION, Priority.P3,
                Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER, new LocalizedText("指引", "Guidance"),
                new LocalizedText("消息", "Message"), null,
                java.util.List.of("SHOP_CHECK: the detail line is blank", "SHOP_CHECK: the phone is blank")));
        assertThat(RulePack.fromPath(dir).codes()).containsOnlyKeys("SHOP_CHECK");
        assertThat(RulePack.fromPath(dir).catalogPath()).isEqualTo(path("codes.properties"));
    }

    @Test
    void should_refuse_a_code_whose_catalog_entry_or_texts_are_incomplete() throws IOException {
        // GIVEN a code declared with its priority only, and no texts
        Path pack = folder(ONE_RULE, "SHOP_CHECK.priority=P3\n", null, null);
        // WHEN / THEN every missing part is named with its file and key
        assertThat(refused(OrderExceptionEngine.builder().addRules(pack)).problems()).containsExactly(
                path("codes.properties") + ": SHOP_CHECK.category: missing",
                path("codes.properties") + ": SHOP_CHECK.department: missing",
                path("codes.properties") + ": SHOP_CHECK.blocking: missing",
                path("texts_zh.properties") + ": SHOP_CHECK.guidance: missing",
                path("texts_zh.properties") + ": SHOP_CHECK.customer: missing",
                path("texts_en.properties") + ": SHOP_CHECK.guidance: missing",
                path("texts_en.properties") + ": SHOP_CHECK.customer: missing");
    }

    @Test
    void a_code_declared_internal_in_its_catalog_file_has_guidance_only_and_says_nothing_to_the_buyer()
            throws IOException {
        // GIVEN a code declared internal, with the guidance in both languages and no customer message
        Path pack = folder(ONE_RULE, CODES + "SHOP_CHECK.internal=true\n", "SHOP_CHECK.guidance=指引\n",
                "SHOP_CHECK.guidance=Guidance\n");
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack).build();
        // WHEN
        OrderEvaluation result = engine.evaluate(io.omsexception.model.Order.builder("SO-1",
                java.time.OffsetDateTime.parse("2026-11-22T09:00:00+08:00")).build(),
                io.omsexception.model.ReferenceData.NONE, java.time.OffsetDateTime.parse("2026-11-22T10:00:00+08:00"));
        // THEN
        assertThat(engine.definition("SHOP_CHECK").orElseThrow().customerMessage()).isNull();
        Finding f = result.finding("SHOP_CHECK").orElseThrow();
        assertThat(f.customerMessage()).isNull();
        assertThat(f.guidance()).isEqualTo(new LocalizedText("指引", "Guidance"));
    }

    @Test
    void should_refuse_a_customer_message_given_in_chinese_but_not_in_english() throws IOException {
        Path pack = folder(ONE_RULE, CODES, ZH, "SHOP_CHECK.guidance=Guidance\n");

        assertThat(refused(OrderExceptionEngine.builder().addRules(pack)).problems()).containsExactly(
                path("texts_en.properties") + ": SHOP_CHECK.customer: missing");
    }

    @Test
    void should_refuse_invalid_catalog_values_naming_the_file_and_key() throws IOException {
        // GIVEN a priority P9, an unknown department, a lower-case category and an unknown blocking
        Path pack = folder(ONE_RULE, """
                SHOP_CHECK.category=information
                SHOP_CHECK.priority=P9
                SHOP_CHECK.department=FINANCEE
                SHOP_CHECK.blocking=maybe
                SHOP_CHECK.colour=red
                """, ZH, EN);
        // WHEN / THEN
        String codes = path("codes.properties");
        assertThat(refused(OrderExceptionEngine.builder().addRules(pack)).problems()).containsExactly(
                codes + ": SHOP_CHECK.colour: unknown key; use CODE.category, CODE.priority, CODE.department, "
                        + "CODE.blocking, CODE.suppressedBy, CODE.internal, categories or departments",
                codes + ": SHOP_CHECK.category: must be one of PAYMENT, INFORMATION, INVENTORY, LOGISTICS, RISK, REFUND "
                        + "(add the pack's own with categories=) but was 'information'",
                codes + ": SHOP_CHECK.department: must be one of FINANCE, RISK_CONTROL, CUSTOMER_SERVICE, WAREHOUSE, "
                        + "LOGISTICS, AFTER_SALES (add the pack's own with departments=) but was 'FINANCEE'",
                codes + ": SHOP_CHECK.priority: must be one of P1, P2, P3, P4 but was 'P9'",
                codes + ": SHOP_CHECK.blocking: must be true, false or UNTIL_SHIPPED but was 'maybe'");
    }

    @Test
    void a_host_pack_adds_its_own_department_and_category_in_its_codes_file() throws IOException {
        // GIVEN a pack that declares the department LEGAL and the category COMPLIANCE for its code
        Path pack = folder(ONE_RULE, """
                departments=LEGAL
                categories=COMPLIANCE
                SHOP_CHECK.category=COMPLIANCE
                SHOP_CHECK.priority=P2
                SHOP_CHECK.department=LEGAL
                SHOP_CHECK.blocking=UNTIL_SHIPPED
                """, ZH, EN);
        // WHEN
        ExceptionDefinition d = OrderExceptionEngine.builder().addRules(pack).build().definition("SHOP_CHECK").orElseThrow();
        // THEN
        assertThat(d.department()).isSameAs(Department.of("LEGAL"));
        assertThat(d.category()).isEqualTo(Category.of("COMPLIANCE"));
        assertThat(d.blocking()).isEqualTo(BlockingPolicy.UNTIL_SHIPPED);
    }

    @Test
    void should_refuse_a_rule_whose_code_no_catalog_declares() {
        // GIVEN a string pack, which has no catalog
        // WHEN / THEN
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules("host", ONE_RULE).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("rule \"SHOP_CHECK: the phone is blank\" (package host.rules): unknown code SHOP_CHECK: "
                        + "declare it in host/codes.properties");
    }

    @Test
    void should_refuse_a_rule_without_a_code_or_with_its_metadata_still_in_the_rule() {
        String drl = HEADER + """
                rule "NO_CODE: no code"
                when
                    $o : OrderFacts(contact.phoneBlank)
                then
                    findings.raise($o);
                end
                rule "OLD_STYLE: metadata in the rule"
                    @code("OLD_STYLE") @priority("P3") @guidanceEn("Guidance")
                when
                    $o : OrderFacts(address.detailBlank)
                then
                    findings.raise($o);
                end
                """;

        assertThat(refused(OrderExceptionEngine.builder().addRules(EngineBuildTest.pack("host", drl, "OLD_STYLE"))).problems())
                .containsExactly("rule \"NO_CODE: no code\" (package host.rules): missing metadata @code",
                        "rule \"OLD_STYLE: metadata in the rule\" (package host.rules): @priority, @guidanceEn belong in the "
                                + "pack's catalog (codes.properties, texts_<language>.properties); a rule carries only @code");
    }

    @Test
    void should_refuse_a_host_rule_that_raises_a_code_of_another_pack() {
        String drl = HEADER + """
                rule "T_NO_PHONE: host variant"
                    @code("T_NO_PHONE")
                when
                    $o : OrderFacts(contact.phoneBlank)
                then
                    findings.raise($o);
                end
                """;

        RulePackException e = refused(TestRules.builder().addRules("host", drl));

        assertThat(e.problems()).containsExactly("rule \"T_NO_PHONE: host variant\" (package host.rules): code T_NO_PHONE "
                + "is declared by pack test-rules (io/omsexception/testrules/codes.properties), not by this rule's pack host; "
                + "a rule raises only codes of its own pack's catalog");
    }

    @Test
    void should_refuse_a_code_that_two_packs_declare_and_a_key_given_twice() throws IOException {
        // GIVEN the test pack's T_NO_PHONE declared again by a host pack, whose file also repeats a key
        Path pack = folder(ONE_RULE, CODES + "SHOP_CHECK.priority=P1\nT_NO_PHONE.category=INFORMATION\n"
                + "T_NO_PHONE.priority=P2\nT_NO_PHONE.department=CUSTOMER_SERVICE\nT_NO_PHONE.blocking=true\n",
                ZH + "T_NO_PHONE.guidance=补电话\nT_NO_PHONE.customer=请补充电话\n",
                EN + "T_NO_PHONE.guidance=Ask for the phone\nT_NO_PHONE.customer=Please add a phone\n");
        // WHEN / THEN
        assertThat(refused(TestRules.builder().addRules(pack)).problems()).containsExactly(
                path("codes.properties") + ": SHOP_CHECK.priority: given twice",
                "code T_NO_PHONE is declared by the catalogs of 2 packs: test-rules "
                        + "(io/omsexception/testrules/codes.properties), " + dir.getFileName() + " (" + path("codes.properties") + ")");
    }

    @Test
    void should_refuse_a_suppression_by_a_code_no_catalog_declares() {
        RulePack pack = RulePack.builder("host").drl("host.drl", ONE_RULE)
                .code("SHOP_CHECK", Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                .suppressedBy("SHOP_CHECK", "GHOST")
                .texts("zh", "SHOP_CHECK", "指引", "消息").texts("en", "SHOP_CHECK", "Guidance", "Message")
                .build();

        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(pack).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("host/codes.properties: SHOP_CHECK.suppressedBy: names GHOST, which no pack's catalog declares");
    }

    @Test
    void a_declared_code_that_no_rule_raises_is_only_a_warning_and_left_out_of_the_definitions() throws IOException {
        // GIVEN a catalog declaring a second code that no rule raises
        Path pack = folder(ONE_RULE, CODES + "LATER.category=RISK\nLATER.priority=P4\nLATER.department=RISK_CONTROL\n"
                + "LATER.blocking=false\n", ZH + "LATER.guidance=以后\nLATER.customer=以后\n",
                EN + "LATER.guidance=Later\nLATER.customer=Later\n");
        // WHEN
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack).build();
        // THEN the engine builds and defines only the raised code
        assertThat(engine.definitions()).extracting(ExceptionDefinition::code).containsExactly("SHOP_CHECK");
        assertThat(engine.definition("LATER")).isEmpty();
    }

    @Test
    void should_read_quotes_escapes_and_continued_lines_in_the_texts() throws IOException {
        // GIVEN texts with typographic and escaped quotes, a backslash and a line continued with \
        Path pack = folder(ONE_RULE, CODES, "SHOP_CHECK.guidance=点击“补充地址”\nSHOP_CHECK.customer=消息\n",
                "SHOP_CHECK.guidance=Click \\\"Complete the address\\\"; \\\\ means backslash; \\\n"
                        + "    then wait\nSHOP_CHECK.customer=Message\n");
        // WHEN
        ExceptionDefinition d = OrderExceptionEngine.builder().addRules(pack).build().definition("SHOP_CHECK").orElseThrow();
        // THEN
        assertThat(d.guidance().en()).isEqualTo("Click \"Complete the address\"; \\ means backslash; then wait");
        assertThat(d.guidance().zh()).isEqualTo("点击“补充地址”");
    }

    @Test
    void a_third_language_is_one_more_texts_file_and_a_gap_in_it_falls_back_to_english() throws IOException {
        // GIVEN a Japanese bundle with the guidance but not the customer message
        Path pack = folder(ONE_RULE, CODES, ZH, EN);
        write("texts_ja.properties", "SHOP_CHECK.guidance=ガイダンス\n");
        // WHEN
        ExceptionDefinition d = OrderExceptionEngine.builder().addRules(pack).build().definition("SHOP_CHECK").orElseThrow();
        // THEN
        assertThat(d.guidance().languages()).containsExactly("zh", "en", "ja");
        assertThat(d.guidance().in("ja")).isEqualTo("ガイダンス");
        assertThat(d.customerMessage().languages()).containsExactly("zh", "en");
        assertThat(d.customerMessage().in("ja")).isEqualTo("Message");
    }

    @Test
    void should_refuse_texts_of_an_undeclared_code_an_unknown_text_key_and_a_misnamed_bundle() throws IOException {
        Path pack = folder(ONE_RULE, CODES, ZH + "SHOP_CHEK.guidance=错\n", EN + "SHOP_CHECK.note=n\n");
        write("texts_Japanese!.properties", "SHOP_CHECK.guidance=x\n");

        assertThat(refused(OrderExceptionEngine.builder().addRules(pack)).problems()).containsExactly(
                path("texts_Japanese!.properties") + ": not a texts bundle: name it texts_<language>.properties, "
                        + "for example texts_ja.properties",
                path("texts_en.properties") + ": SHOP_CHECK.note: unknown key; use CODE.guidance or CODE.customer",
                path("texts_zh.properties") + ": SHOP_CHEK.guidance: no code SHOP_CHEK in " + path("codes.properties"));
    }

    @Test
    void the_pack_builder_refuses_a_setting_given_twice_naming_it() {
        RulePackBuilder b = RulePack.builder("host").drl("host.drl", ONE_RULE)
                .code("SHOP_CHECK", Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                .texts("en", "SHOP_CHECK", "Guidance", "Message")
                .suppressedBy("SHOP_CHECK", "OTHER")
                .parameter(ParameterDefinition.integer("host.max", 3, "max"));

        assertThatThrownBy(() -> b.drl("host.drl", "package x;"))
                .isInstanceOf(IllegalStateException.class).hasMessage("drl host.drl: given twice");
        assertThatThrownBy(() -> b.code("SHOP_CHECK", Category.RISK, Priority.P1, Department.FINANCE, BlockingPolicy.ALWAYS))
                .isInstanceOf(IllegalStateException.class).hasMessage("code SHOP_CHECK: given twice");
        assertThatThrownBy(() -> b.texts("EN", "SHOP_CHECK", "Other", "Other"))
                .isInstanceOf(IllegalStateException.class).hasMessage("texts en of SHOP_CHECK: given twice");
        assertThatThrownBy(() -> b.suppressedBy("SHOP_CHECK", "THIRD"))
                .isInstanceOf(IllegalStateException.class).hasMessage("suppressedBy of SHOP_CHECK: given twice");
        assertThatThrownBy(() -> b.parameter(ParameterDefinition.integer("host.max", 4, "max")))
                .isInstanceOf(IllegalStateException.class).hasMessage("parameter host.max: given twice");
        assertThatThrownBy(() -> b.code("shop check", Category.RISK, Priority.P1, Department.FINANCE, BlockingPolicy.ALWAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code 'shop check': must be upper snake case, for example PAYMENT_TIMEOUT");
        assertThatThrownBy(() -> RulePack.builder("empty").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("pack empty: needs at least one drl(path, text)");
        assertThatThrownBy(() -> RulePack.builder("x").drl("x.drl", ONE_RULE).suppressedBy("GHOST", "SHOP_CHECK").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("suppressedBy of GHOST: no code(GHOST, ...) declares it");
    }

    @Test
    void a_pack_built_in_code_keeps_missing_texts_as_problems_like_a_folder() {
        RulePack pack = RulePack.builder("host").drl("host.drl", ONE_RULE)
                .code("SHOP_CHECK", Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                .texts("en", "SHOP_CHECK", "Guidance", "Message")
                .build();

        assertThat(pack.problems()).containsExactly("host/texts_zh.properties: SHOP_CHECK.guidance: missing",
                "host/texts_zh.properties: SHOP_CHECK.customer: missing");
        assertThat(pack.catalogPath()).isEqualTo("host/codes.properties");
        assertThat(pack.texts()).containsOnlyKeys("en");
    }

    @Test
    void a_class_path_pack_in_a_jar_reads_the_files_beside_its_drl_and_finds_every_texts_bundle() throws Exception {
        // GIVEN a jar holding a pack folder with two more languages, and a bundle in a folder below it
        Path jar = dir.resolve("shop.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String[] entry : new String[][] {{"shop/rules/shop.drl", ONE_RULE}, {"shop/rules/codes.properties", CODES},
                    {"shop/rules/texts_zh.properties", ZH}, {"shop/rules/texts_en.properties", EN},
                    {"shop/rules/texts_ja.properties", "SHOP_CHECK.guidance=ガイダンス\nSHOP_CHECK.customer=メッセージ\n"},
                    {"shop/rules/texts_zh_TW.properties", "SHOP_CHECK.guidance=指引\nSHOP_CHECK.customer=訊息\n"},
                    {"shop/rules/other/texts_ko.properties", "SHOP_CHECK.guidance=x\n"}}) {
                out.putNextEntry(new JarEntry(entry[0]));
                out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            // WHEN the pack is read from the class path
            RulePack pack = RulePack.fromClasspath("shop", loader, "shop/rules/shop.drl");
            // THEN it has its catalog and the bundles of its own folder, found by listing the jar (zh_TW
            // is no ISO 639 code, so trying codes would miss it)
            assertThat(pack.problems()).isEmpty();
            assertThat(pack.catalogPath()).isEqualTo("shop/rules/codes.properties");
            assertThat(pack.codes()).containsOnlyKeys("SHOP_CHECK");
            assertThat(pack.texts()).containsOnlyKeys("en", "ja", "zh", "zh_tw");
            assertThat(OrderExceptionEngine.builder().addRules(pack).build().definition("SHOP_CHECK").orElseThrow()
                    .customerMessage().in("ja")).isEqualTo("メッセージ");
        }
    }
}
