package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever amount the model's validation accepts, the writers can write and the reader reads back
 * equal. The candidates reach far beyond the limits; the model decides which of them are
 * accepted, so that a limit too loose for the writers shows here.
 */
class WritableAmountsTest {
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-22T09:00:00+08:00");

    static List<BigDecimal> candidates() {
        List<BigDecimal> values = new ArrayList<>(List.of(
                new BigDecimal("999999999999999.999999"), new BigDecimal("0.000001"), new BigDecimal("0E-6"),
                new BigDecimal("0E+14"), new BigDecimal("1E+14"), new BigDecimal("123.450000"),
                new BigDecimal("1E+10000"), new BigDecimal("1E-10000"), new BigDecimal("0E+10000"),
                new BigDecimal("0E-10000"), new BigDecimal("1E+100000"), new BigDecimal("1E-100000")));
        Random random = new Random(12);
        for (int i = 0; i < 2_000; i++) {
            BigInteger unscaled = new BigInteger(random.nextInt(90), random);
            int scale = random.nextInt(60) - 30;
            values.add(new BigDecimal(unscaled, scale));
        }
        return values;
    }

    /** @return the order holding the amount in each of its amount fields, or null when validation refuses it */
    static Order accepted(BigDecimal amount) {
        try {
            return Order.builder("SO-1", CREATED).totalAmount(amount)
                    .payment(new Payment(null, null, amount, null, null))
                    .addLine(new OrderLine("1", "A", null, 1, amount, amount, null))
                    .build();
        } catch (InvalidFieldException refused) {
            return null;
        }
    }

    @Test
    void should_write_every_amount_validation_accepts_so_that_it_reads_back_equal() throws IOException {
        int accepted = 0;
        for (BigDecimal candidate : candidates()) {
            Order order = accepted(candidate);
            if (order == null) {
                continue;
            }
            accepted++;

            String json = OrderJson.writeOrder(order);

            assertThat(OrderJson.readOrder(json)).as("%s", candidate).isEqualTo(order);
            assertThat(OrderJson.MAPPER.readTree(json).get("totalAmount").decimalValue()).isEqualTo(order.totalAmount());
        }
        assertThat(accepted).isGreaterThan(200);
    }

    @Test
    void should_write_every_amount_validation_accepts_as_an_evidence_value_of_a_result() throws IOException {
        for (BigDecimal candidate : candidates()) {
            Order order = accepted(candidate);
            if (order == null) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            try (JsonGenerator g = Jackson.generator(out, false)) {
                EvaluationJson.value(g, order.totalAmount());
            }

            assertThat(new BigDecimal(out.toString(StandardCharsets.UTF_8))).as("%s", candidate).isEqualTo(order.totalAmount());
        }
    }
}
