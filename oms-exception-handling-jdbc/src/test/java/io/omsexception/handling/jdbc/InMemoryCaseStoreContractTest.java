package io.omsexception.handling.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.InMemoryCaseStore;
import java.util.List;

/** The store contract on {@link InMemoryCaseStore}. */
class InMemoryCaseStoreContractTest extends CaseStoreContract {

    @Override
    CaseStore store() {
        return new InMemoryCaseStore();
    }

    @Override
    void assertTrailCannotBeChanged(String orderId) {
        List<AuditEntry> trail = store.trail(orderId);
        assertThatThrownBy(() -> trail.set(0, trail.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trail.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
