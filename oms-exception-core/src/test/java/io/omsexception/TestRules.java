package io.omsexception;

import io.omsexception.model.Order;
import java.time.OffsetDateTime;

/** The core tests' own rule pack and helpers; the standard packs live in oms-exception-rules. */
final class TestRules {
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");

    private TestRules() {
    }

    static RulePack pack() {
        return RulePack.fromClasspath("test-rules", TestRules.class.getClassLoader(),
                "io/omsexception/testrules/test-rules.drl");
    }

    static OrderExceptionEngine.Builder builder() {
        return OrderExceptionEngine.builder().addRules(pack());
    }

    static Order.Builder order(String id) {
        return Order.builder(id, AS_OF.minusMinutes(5));
    }
}
