package io.omsexception.testkit;

import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.report.HandledCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Simulated handling of the exceptions of a sample day, for demos of the report: one case per
 * finding, opened some time before the reference time; most are closed, after a handling time
 * typical of the department, in three stages (triage, the department's main wait, resolution);
 * the rest are still open. Most closed cases carry a staff verdict: about 85 % of them, of which a
 * share from 5 % to 29 % (depending on the code) are false alarms. Deterministic: the same seed and evaluation give the same cases.
 *
 * <p>These are invented figures to show what the statistics read, not a model of any real team.
 * Immutable and thread-safe.
 */
public final class SampleCases {
    private final long seed;
    private final Instant asOf;

    private SampleCases(long seed, Instant asOf) {
        this.seed = seed;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * @param seed the random seed
     * @param asOf the reference time: every case is opened, and every closed case closed, before it
     * @return the simulator
     */
    public static SampleCases of(long seed, Instant asOf) {
        return new SampleCases(seed, asOf);
    }

    /**
     * @param evaluation an evaluated order
     * @return one case per finding, in finding order
     */
    public List<HandledCase> casesOf(OrderEvaluation evaluation) {
        List<HandledCase> cases = new ArrayList<>(evaluation.findings().size());
        for (Finding f : evaluation.findings()) {
            SplittableRandom r = new SplittableRandom(seed * 31 + (evaluation.orderId() + f.code()).hashCode());
            double typicalHours = typicalHours(f.department());
            // A long-tailed handling time: the typical time times a factor from 0.2 to about 4.
            double factor = 0.2 + Math.pow(r.nextDouble(), 2.5) * 3.8;
            Duration handling = Duration.ofMinutes(Math.max(5, Math.round(typicalHours * 60 * factor)));
            boolean open = r.nextInt(100) < 12;
            Duration triage = Duration.ofMinutes(Math.max(1, handling.toMinutes() * (5 + r.nextInt(15)) / 100));
            Duration resolution = Duration.ofMinutes(Math.max(1, handling.toMinutes() * (5 + r.nextInt(10)) / 100));
            String wait = waitingStage(f.department());
            List<HandledCase.Stage> stages = new ArrayList<>(3);
            HandledCase c;
            if (open) {
                Instant opened = asOf.minus(Duration.ofMinutes(1 + r.nextInt(5 * 24 * 60)));
                Instant triaged = min(opened.plus(triage), asOf);
                stages.add(new HandledCase.Stage("triage", opened, triaged.equals(asOf) ? null : triaged));
                if (!triaged.equals(asOf)) {
                    stages.add(new HandledCase.Stage(wait, triaged, null));
                }
                c = new HandledCase(evaluation.orderId(), f.code(), f.category(), f.department(), opened, null, stages);
            } else {
                Instant closed = asOf.minus(Duration.ofMinutes(r.nextInt(24 * 60)));
                Instant opened = closed.minus(handling);
                Instant triaged = opened.plus(triage);
                Instant resolving = closed.minus(resolution);
                stages.add(new HandledCase.Stage("triage", opened, triaged));
                if (resolving.isAfter(triaged)) {
                    stages.add(new HandledCase.Stage(wait, triaged, resolving));
                    stages.add(new HandledCase.Stage("resolution", resolving, closed));
                }
                c = new HandledCase(evaluation.orderId(), f.code(), f.category(), f.department(), opened, closed, stages,
                        verdict(f.code(), r));
            }
            cases.add(c);
        }
        return cases;
    }

    /** @return a verdict for 85 % of closed cases, a false alarm for 5 % to 29 % of those, by code */
    private static HandledCase.Verdict verdict(String code, SplittableRandom r) {
        if (r.nextInt(100) >= 85) {
            return null;
        }
        int falseAlarmPercent = 5 + Math.floorMod(code.hashCode(), 25);
        return r.nextInt(100) < falseAlarmPercent ? HandledCase.Verdict.FALSE_ALARM : HandledCase.Verdict.GENUINE;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static double typicalHours(Department d) {
        return switch (d.name()) {
            case "FINANCE" -> 2;
            case "RISK_CONTROL" -> 4;
            case "CUSTOMER_SERVICE" -> 6;
            case "WAREHOUSE" -> 10;
            case "LOGISTICS" -> 20;
            default -> 24;
        };
    }

    private static String waitingStage(Department d) {
        return switch (d.name()) {
            case "FINANCE" -> "payment check";
            case "RISK_CONTROL" -> "risk review";
            case "CUSTOMER_SERVICE" -> "waiting for the customer";
            case "WAREHOUSE" -> "waiting for stock";
            case "LOGISTICS" -> "waiting for the carrier";
            default -> "after-sales review";
        };
    }
}
