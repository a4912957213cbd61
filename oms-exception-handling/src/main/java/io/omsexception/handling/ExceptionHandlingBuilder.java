package io.omsexception.handling;

import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Configures an {@link ExceptionHandling}. The notifier and the order flow are required; the
 * defaults are the system clock in the default zone, a new {@link InMemoryCaseStore}, the
 * {@linkplain ResponseTargets#standard() standard response targets}, a 30-minute notification
 * window, staff on {@link Channel#IN_APP} and customers on {@link Channel#SMS}, no action run
 * ({@link ActionPolicies#none()}), four attempts per action, the first retry a minute after.
 *
 * <p>Each setting is taken once: giving it again throws an {@link IllegalStateException} such
 * as {@code store was already set}; a value refused as invalid does not count as given.
 * Mutable and single-threaded; {@link #build()} copies what it needs and may be called again.
 */
public final class ExceptionHandlingBuilder {
    private final Set<String> given = new HashSet<>();
    Clock clock = Clock.systemDefaultZone();
    CaseStore store;
    Notifier notifier;
    OrderFlow orderFlow;
    ResponseTargets targets = ResponseTargets.standard();
    Duration notificationWindow = Duration.ofMinutes(30);
    Set<Channel> staffChannels = Set.of(Channel.IN_APP);
    Set<Channel> customerChannels = Set.of(Channel.SMS);
    boolean deliverAfterChange = true;
    Set<String> holdUntilCancelled = Policy.HOLD_UNTIL_CANCELLED;
    Set<String> quietDuringDelay = Policy.QUIET_DURING_DELAY;
    ActionPolicies actionPolicies = ActionPolicies.none();
    ActionExecutor actionExecutor;
    int actionAttempts = Policy.ACTION_ATTEMPTS;
    Duration actionBackoff = Policy.ACTION_BACKOFF;

    ExceptionHandlingBuilder() {
    }

    /**
     * @param value the clock every time is read from; its zone is the one of audit texts
     * @return this builder
     * @throws IllegalStateException when the clock was already set
     */
    public ExceptionHandlingBuilder clock(Clock value) {
        Args.required(value, "clock");
        Args.setOnce(given, "clock");
        this.clock = value;
        return this;
    }

    /**
     * @param value where cases and trails live
     * @return this builder
     * @throws IllegalStateException when the store was already set
     */
    public ExceptionHandlingBuilder store(CaseStore value) {
        Args.required(value, "store");
        Args.setOnce(given, "store");
        this.store = value;
        return this;
    }

    /**
     * @param value how people are told; required
     * @return this builder
     * @throws IllegalStateException when the notifier was already set
     */
    public ExceptionHandlingBuilder notifier(Notifier value) {
        Args.required(value, "notifier");
        Args.setOnce(given, "notifier");
        this.notifier = value;
        return this;
    }

    /**
     * @param value how the host's order flow is told; required
     * @return this builder
     * @throws IllegalStateException when the order flow was already set
     */
    public ExceptionHandlingBuilder orderFlow(OrderFlow value) {
        Args.required(value, "orderFlow");
        Args.setOnce(given, "orderFlow");
        this.orderFlow = value;
        return this;
    }

    /**
     * @param value the response target of every priority
     * @return this builder
     * @throws IllegalStateException when the targets, or the target of a priority, were already
     *     set
     */
    public ExceptionHandlingBuilder responseTargets(ResponseTargets value) {
        Args.required(value, "responseTargets");
        for (Priority p : Priority.values()) {
            Args.requireUnset(given, "responseTarget(" + p + ")");
        }
        Args.setOnce(given, "responseTargets");
        this.targets = value;
        return this;
    }

    /**
     * @param priority a priority, never null
     * @param target its response target, positive; the others stay as they are
     * @return this builder
     * @throws InvalidFieldException naming {@code targets[P1]} when the target is not positive
     * @throws IllegalStateException when all targets, or this priority's, were already set
     */
    public ExceptionHandlingBuilder responseTarget(Priority priority, Duration target) {
        ResponseTargets changed = targets.with(priority, target);
        Args.requireUnset(given, "responseTargets");
        Args.setOnce(given, "responseTarget(" + priority + ")");
        this.targets = changed;
        return this;
    }

    /**
     * @param value the window within which a repeat notification of one kind for one case is
     *     suppressed; zero to send every one
     * @return this builder
     * @throws InvalidFieldException naming {@code notificationWindow} when negative
     * @throws IllegalStateException when the window was already set
     */
    public ExceptionHandlingBuilder notificationWindow(Duration value) {
        Args.required(value, "notificationWindow");
        if (value.isNegative()) {
            throw new InvalidFieldException("notificationWindow", "must not be negative but was " + value);
        }
        Args.setOnce(given, "notificationWindow");
        this.notificationWindow = value;
        return this;
    }

    /**
     * @param values the channels of staff notifications, at least one
     * @return this builder
     * @throws IllegalStateException when the staff channels were already set
     */
    public ExceptionHandlingBuilder staffChannels(Channel... values) {
        Set<Channel> channels = Notifications.channels(values, "staffChannels");
        Args.setOnce(given, "staffChannels");
        this.staffChannels = channels;
        return this;
    }

    /**
     * @param values the channels of customer notifications, at least one
     * @return this builder
     * @throws IllegalStateException when the customer channels were already set
     */
    public ExceptionHandlingBuilder customerChannels(Channel... values) {
        Set<Channel> channels = Notifications.channels(values, "customerChannels");
        Args.setOnce(given, "customerChannels");
        this.customerChannels = channels;
        return this;
    }

    /**
     * @param value true (the default) to deliver the outbox right after each change; false to
     *     leave all delivery to {@link ExceptionHandling#deliverPending()} (a host's worker)
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public ExceptionHandlingBuilder deliverAfterChange(boolean value) {
        Args.setOnce(given, "deliverAfterChange");
        this.deliverAfterChange = value;
        return this;
    }

    /**
     * @param codes the codes whose case holds the order until staff cancel it (confirm the case):
     *     re-evaluation never resolves it and staff cannot resolve it; default
     *     {@code REFUNDED_BEFORE_SHIPMENT}; none for no such code
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public ExceptionHandlingBuilder holdUntilCancelled(String... codes) {
        Set<String> set = codes("holdUntilCancelled", codes);
        Args.setOnce(given, "holdUntilCancelled");
        this.holdUntilCancelled = set;
        return this;
    }

    /**
     * @param codes the time-based codes that send the customer no message while a delay mark of
     *     the order runs; default {@code ORDER_PROCESSING_TIMEOUT} and
     *     {@code SHIP_DEADLINE_AT_RISK}; none for no such code
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public ExceptionHandlingBuilder quietDuringDelay(String... codes) {
        Set<String> set = codes("quietDuringDelay", codes);
        Args.setOnce(given, "quietDuringDelay");
        this.quietDuringDelay = set;
        return this;
    }

    /**
     * @param value what {@link ActionRunner} decides per action of a finding; default
     *     {@link ActionPolicies#none()}
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public ExceptionHandlingBuilder actionPolicies(ActionPolicies value) {
        Args.required(value, "actionPolicies");
        Args.setOnce(given, "actionPolicies");
        this.actionPolicies = value;
        return this;
    }

    /**
     * @param value how the host carries out actions from the outbox; without one, actions wait in
     *     the outbox and {@link ActionRunner} cannot be made
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public ExceptionHandlingBuilder actionExecutor(ActionExecutor value) {
        Args.required(value, "actionExecutor");
        Args.setOnce(given, "actionExecutor");
        this.actionExecutor = value;
        return this;
    }

    /**
     * @param attempts how many times an action is tried before staff are told, 1 to 20
     * @param firstBackoff the wait before the first retry, positive; each later wait is twice the
     *     one before
     * @return this builder
     * @throws InvalidFieldException naming {@code attempts} or {@code firstBackoff} when out of range
     * @throws IllegalStateException when they were already set
     */
    public ExceptionHandlingBuilder actionRetries(int attempts, Duration firstBackoff) {
        if (attempts < 1 || attempts > 20) {
            throw new InvalidFieldException("attempts", "must be 1 to 20 but was " + attempts);
        }
        Args.required(firstBackoff, "firstBackoff");
        if (firstBackoff.isNegative() || firstBackoff.isZero()) {
            throw new InvalidFieldException("firstBackoff", "must be positive but was " + firstBackoff);
        }
        Args.setOnce(given, "actionRetries");
        this.actionAttempts = attempts;
        this.actionBackoff = firstBackoff;
        return this;
    }

    private static Set<String> codes(String name, String[] codes) {
        Args.required(codes, name);
        Set<String> set = new HashSet<>();
        for (int i = 0; i < codes.length; i++) {
            set.add(Args.text(codes[i], name + "[" + i + "]"));
        }
        return Set.copyOf(set);
    }

    /**
     * @return a handling front door with this configuration; a new {@link InMemoryCaseStore}
     *     for each front door when no store was set
     * @throws InvalidFieldException naming {@code notifier} or {@code orderFlow} when not set
     */
    public ExceptionHandling build() {
        Args.required(notifier, "notifier");
        Args.required(orderFlow, "orderFlow");
        return new ExceptionHandling(this, store == null ? new InMemoryCaseStore() : store);
    }
}
