package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.ExceptionDefinition;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StandardRulesTest {
    static final OrderExceptionEngine ENGINE = GoldenCasesTest.engine(java.util.Map.of());

    @Test
    void should_load_a_pack_for_every_category() {
        assertThat(ENGINE.definitions()).extracting(ExceptionDefinition::category)
                .containsAll(Category.standard());
    }

    @Test
    void should_flag_failed_payment_and_missing_phone_together() {
        // GIVEN
        Order order = OrderJson.readOrder("""
                {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00",
                 "shippingAddress": {"recipient": "张三", "province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路 1 号"},
                 "payment": {"status": "FAILED"}}
                """);
        // WHEN
        OrderEvaluation result = ENGINE.evaluate(order, ReferenceData.NONE, OffsetDateTime.parse("2026-11-22T09:10:00+08:00"));
        // THEN
        assertThat(result.codes()).containsExactly("PAYMENT_FAILED", "PHONE_MISSING");
        assertThat(result.blocking()).isTrue();
    }
}
