package io.omsexception.handling;

import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opens manual marks, idempotent by handle; see {@link ExceptionHandling#mark}. */
final class Marks {
    private final CaseStore store;
    private final Clock clock;
    private final ResponseTargets targets;
    private final OrderUnits units;

    Marks(CaseStore store, Clock clock, ResponseTargets targets, OrderUnits units) {
        this.store = store;
        this.clock = clock;
        this.targets = targets;
        this.units = units;
    }

    ExceptionCase mark(Order order, MarkRequest request) {
        Args.required(order, "order");
        Args.required(request, "request");
        String orderId = order.orderId();
        CaseId id = CaseId.mark(orderId, request.handle());
        return units.change(orderId, outbox -> {
            Optional<ExceptionCase> existing = store.find(id);
            if (existing.isPresent()) {
                return sameMark(existing.get(), request);
            }
            store.findByOrder(orderId).stream().filter(c -> c.state() == CaseState.CONFIRMED
                    && c.closure().lineIds().isEmpty()).findFirst().ifPresent(c -> {
                        throw new IllegalStateException("order " + orderId + " is cancelled (case " + c.id()
                                + " was confirmed): cannot mark it");
                    });
            Instant now = clock.instant();
            if (request.delayUntil() != null && !request.delayUntil().isAfter(now)) {
                throw new InvalidFieldException("delayUntil",
                        "must be after the current time " + now + " but was " + request.delayUntil());
            }
            CaseDraft d = CaseDraft.opening(id, request.reason().code(), order, now);
            d.mark = request;
            d.category = request.category();
            d.priority = request.priority();
            d.department = request.department();
            d.blocking = request.blocking();
            d.scheduleDue(targets);
            ExceptionCase created = d.build();
            store.insert(created, List.of(AuditEntry.opened(created, request.actor(), request.note())));
            outbox.opened(created, true);
            return created;
        }).value();
    }

    private static ExceptionCase sameMark(ExceptionCase existing, MarkRequest request) {
        if (!existing.mark().equals(request)) {
            throw new InvalidFieldException("handle", "'" + request.handle() + "' already marks order "
                    + existing.orderId() + " with a different request");
        }
        return existing;
    }
}
