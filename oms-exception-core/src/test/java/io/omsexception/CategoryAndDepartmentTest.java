package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Category and Department: open value types whose standard values have display names. */
class CategoryAndDepartmentTest {

    @Test
    void the_standard_values_keep_their_names_order_and_chinese_and_english_display_names() {
        // GIVEN / WHEN the standard values
        // THEN they are in catalog order with their display names
        assertThat(Department.standard()).extracting(Department::name, d -> d.displayName().zh(), d -> d.displayName().en())
                .containsExactly(tuple("FINANCE", "财务", "Finance"), tuple("RISK_CONTROL", "风控", "Risk control"),
                        tuple("CUSTOMER_SERVICE", "客服", "Customer service"), tuple("WAREHOUSE", "仓储", "Warehouse"),
                        tuple("LOGISTICS", "物流", "Logistics"), tuple("AFTER_SALES", "售后", "After-sales"));
        assertThat(Category.standard()).extracting(Category::name, c -> c.displayName().zh(), c -> c.displayName().en())
                .containsExactly(tuple("PAYMENT", "支付", "Payment"), tuple("INFORMATION", "信息", "Information"),
                        tuple("INVENTORY", "库存", "Inventory"), tuple("LOGISTICS", "物流", "Logistics"),
                        tuple("RISK", "风险", "Risk"), tuple("REFUND", "退款", "Refund"));
        assertThat(Department.standard()).allMatch(Department::isStandard);
        assertThat(Category.standard()).allMatch(Category::isStandard);
    }

    @Test
    void of_returns_the_constant_of_a_standard_name_and_one_instance_per_host_name() {
        // GIVEN / WHEN values looked up by name
        Department legal = Department.of("LEGAL");
        Category compliance = Category.of("COMPLIANCE");
        // THEN standard names give the constants, host names one interned instance each
        assertThat(Department.of("FINANCE")).isSameAs(Department.FINANCE);
        assertThat(Category.of("PAYMENT")).isSameAs(Category.PAYMENT);
        assertThat(Department.of("LEGAL")).isSameAs(legal).isEqualTo(legal).hasSameHashCodeAs(legal);
        assertThat(Category.of("COMPLIANCE")).isSameAs(compliance);
        assertThat(legal.isStandard()).isFalse();
        assertThat(legal.name()).isEqualTo("LEGAL");
        assertThat(legal).hasToString("LEGAL");
        assertThat(legal.displayName()).isEqualTo(new LocalizedText("LEGAL", "LEGAL"));
        assertThat(compliance.displayName().en()).isEqualTo("COMPLIANCE");
        assertThat(legal).isNotEqualTo(Department.FINANCE);
    }

    @Test
    void a_name_that_is_not_upper_snake_case_is_refused() {
        assertThatThrownBy(() -> Department.of("legal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be upper snake case of at most 64 characters, for example LEGAL, but was 'legal'");
        assertThatThrownBy(() -> Category.of("RISK-2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be upper snake case of at most 64 characters, for example COMPLIANCE, but was 'RISK-2'");
        assertThatThrownBy(() -> Department.of("A".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("must be upper snake case of at most 64 characters");
        assertThatThrownBy(() -> Category.of(null)).isInstanceOf(NullPointerException.class);
    }
}
