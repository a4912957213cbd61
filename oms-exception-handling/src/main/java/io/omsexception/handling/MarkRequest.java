package io.omsexception.handling;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person's request to mark an order as an exception. Marking is idempotent by {@code handle}:
 * marking the same order again with the same handle and an equal request returns the existing
 * case; with a different request it is refused.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder}; the defaults are blocking,
 * {@link Priority#P3}, {@link Department#CUSTOMER_SERVICE}, no delay, no note, no customer
 * message, and the reason's {@linkplain MarkReason#defaultCategory() category} (a category is
 * required for {@link MarkReason#OTHER} and the host's own reasons).
 *
 * @param handle the host-chosen idempotency handle, unique per order: 1 to 64 of
 *     {@code A-Z a-z 0-9 . _ : -}
 * @param reason why, never null
 * @param actor who marks the order, not blank
 * @param delayUntil when the order is expected to move again, to the microsecond (finer parts are
 *     dropped); when set, the case is due then instead of after the priority's response target
 *     and, when blocking, holds the order until then; null for none
 * @param note what the person wrote; required when the reason is {@link MarkReason#OTHER}; null
 *     for none
 * @param blocking whether the mark holds the order until the case is closed
 * @param priority the case's priority, never null
 * @param department the queue the case goes to, never null
 * @param customerMessage the progress message sent to the customer when the case opens; null to
 *     tell the customer nothing
 * @param category what kind of exception the mark is, for statistics and queues, never null
 */
public record MarkRequest(
        String handle,
        MarkReason reason,
        String actor,
        Instant delayUntil,
        String note,
        boolean blocking,
        Priority priority,
        Department department,
        LocalizedText customerMessage,
        Category category) {

    /**
     * Validates the request.
     *
     * @throws InvalidFieldException naming {@code handle}, {@code reason}, {@code actor},
     *     {@code note}, {@code priority}, {@code department} or {@code category}
     */
    public MarkRequest {
        CaseId.checkHandle(handle, "handle");
        Args.required(reason, "reason");
        Args.text(actor, "actor");
        delayUntil = delayUntil == null ? null : delayUntil.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        note = Args.optionalText(note);
        if (note == null && reason.equals(MarkReason.OTHER)) {
            throw new InvalidFieldException("note", "is required when the reason is OTHER");
        }
        Args.required(priority, "priority");
        Args.required(department, "department");
        Args.required(category, "category");
    }

    /**
     * @param handle the idempotency handle
     * @param reason why
     * @param actor who marks the order
     * @return a builder with the defaults; thread-confined
     */
    public static Builder builder(String handle, MarkReason reason, String actor) {
        return new Builder(handle, reason, actor);
    }

    /**
     * A builder of {@link MarkRequest}; {@link #build()} validates. Each setting is taken once:
     * giving it again throws an {@link IllegalStateException} such as
     * {@code priority was already set}. Mutable and single-threaded.
     */
    public static final class Builder {
        private final Set<String> given = new HashSet<>();
        private final String handle;
        private final MarkReason reason;
        private final String actor;
        private Instant delayUntil;
        private String note;
        private boolean blocking = true;
        private Priority priority = Priority.P3;
        private Department department = Department.CUSTOMER_SERVICE;
        private LocalizedText customerMessage;
        private Category category;

        private Builder(String handle, MarkReason reason, String actor) {
            this.handle = handle;
            this.reason = reason;
            this.actor = actor;
        }

        /**
         * @param value when the order is expected to move again, or null for no delay
         * @return this builder
         * @throws IllegalStateException when the delay was already set
         */
        public Builder delayUntil(Instant value) {
            Args.setOnce(given, "delayUntil");
            this.delayUntil = value;
            return this;
        }

        /**
         * @param value the note, or null for none
         * @return this builder
         * @throws IllegalStateException when the note was already set
         */
        public Builder note(String value) {
            Args.setOnce(given, "note");
            this.note = value;
            return this;
        }

        /**
         * @param value whether the mark holds the order; default true
         * @return this builder
         * @throws IllegalStateException when blocking was already set
         */
        public Builder blocking(boolean value) {
            Args.setOnce(given, "blocking");
            this.blocking = value;
            return this;
        }

        /**
         * @param value the priority; default P3; null is refused by {@link #build()}
         * @return this builder
         * @throws IllegalStateException when the priority was already set
         */
        public Builder priority(Priority value) {
            Args.setOnce(given, "priority");
            this.priority = value;
            return this;
        }

        /**
         * @param value the department; default CUSTOMER_SERVICE; null is refused by {@link #build()}
         * @return this builder
         * @throws IllegalStateException when the department was already set
         */
        public Builder department(Department value) {
            Args.setOnce(given, "department");
            this.department = value;
            return this;
        }

        /**
         * @param value the message for the customer, or null for none
         * @return this builder
         * @throws IllegalStateException when the customer message was already set
         */
        public Builder customerMessage(LocalizedText value) {
            Args.setOnce(given, "customerMessage");
            this.customerMessage = value;
            return this;
        }

        /**
         * @param value the category; default the reason's
         * @return this builder
         * @throws IllegalStateException when the category was already set
         */
        public Builder category(Category value) {
            Args.setOnce(given, "category");
            this.category = value;
            return this;
        }

        /**
         * @return the request; the builder may build again
         * @throws InvalidFieldException naming the offending field; {@code category} when none was
         *     given and the reason has no default
         */
        public MarkRequest build() {
            Category chosen = category == null && reason != null ? reason.defaultCategory() : category;
            return new MarkRequest(handle, reason, actor, delayUntil, note, blocking, priority, department,
                    customerMessage, chosen);
        }
    }
}
