package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import java.util.ArrayList;
import java.util.List;

/** One code's counts while an {@link ImpactPreview} compares orders. Not thread-safe. */
final class CodeTally {
    private final String code;
    private Category category;
    private Department department;
    private boolean declaredAfter;
    private long before;
    private long after;
    private long added;
    private long removed;
    private long unchanged;
    private long blockingChanged;
    private long priorityChanged;
    private final List<String> addedSamples = new ArrayList<>();
    private final List<String> removedSamples = new ArrayList<>();
    private final List<String> blockingSamples = new ArrayList<>();
    private final List<String> prioritySamples = new ArrayList<>();
    private long judgedBefore;
    private long genuineBefore;
    private long judgedAfter;
    private long genuineAfter;
    private long genuineRemoved;
    private long unjudgedAfter;

    CodeTally(String code) {
        this.code = code;
    }

    /**
     * @param orderId the order
     * @param b the code's finding before, or null
     * @param a its finding after, or null
     * @param verdict staff's verdict on the order's case of the code, or null
     * @param samples the most samples to keep
     * @return whether the code changed on the order
     */
    boolean add(String orderId, Finding b, Finding a, HandledCase.Verdict verdict, int samples) {
        if (a != null && !declaredAfter) {
            category = a.category();
            department = a.department();
            declaredAfter = true;
        } else if (category == null) {
            category = b.category();
            department = b.department();
        }
        boolean genuine = verdict == HandledCase.Verdict.GENUINE;
        if (b != null) {
            before++;
            if (verdict != null) {
                judgedBefore++;
                genuineBefore += genuine ? 1 : 0;
            }
        }
        if (a != null) {
            after++;
            if (verdict != null) {
                judgedAfter++;
                genuineAfter += genuine ? 1 : 0;
            } else {
                unjudgedAfter++;
            }
        }
        if (b == null) {
            added++;
            sample(addedSamples, orderId, samples);
            return true;
        }
        if (a == null) {
            removed++;
            sample(removedSamples, orderId, samples);
            genuineRemoved += genuine ? 1 : 0;
            return true;
        }
        unchanged++;
        boolean changed = false;
        if (a.blocking() != b.blocking()) {
            blockingChanged++;
            sample(blockingSamples, orderId, samples);
            changed = true;
        }
        if (a.priority() != b.priority()) {
            priorityChanged++;
            sample(prioritySamples, orderId, samples);
            changed = true;
        }
        return changed;
    }

    private static void sample(List<String> list, String orderId, int samples) {
        if (list.size() < samples) {
            list.add(orderId);
        }
    }

    /**
     * @param withVerdicts whether any case carried a verdict
     * @return the code's impact; a precision only when some compared order of the code was judged
     */
    CodeImpact impact(boolean withVerdicts) {
        CodeImpact.Precision precision = withVerdicts && judgedBefore + judgedAfter > 0
                ? new CodeImpact.Precision(judgedBefore, genuineBefore, judgedAfter, genuineAfter, genuineRemoved, unjudgedAfter)
                : null;
        return new CodeImpact(code, category, department, before, after, added, removed, unchanged, blockingChanged,
                priorityChanged, addedSamples, removedSamples, blockingSamples, prioritySamples, precision);
    }
}
