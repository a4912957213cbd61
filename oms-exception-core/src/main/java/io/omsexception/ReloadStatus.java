package io.omsexception;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link ReloadingEngine} serves and how its last rebuild went: given to its listener after
 * every rebuild, and by {@link ReloadingEngine#status()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rulesVersion the {@linkplain OrderExceptionEngine#rulesVersion() rules version} of the
 *     engine serving now, never null
 * @param reloads how many rebuilt engines were swapped in since the first was built
 * @param failures how many rebuilds failed (the engine serving then kept serving)
 * @param problems why the last rebuild failed, one line each (a {@link RulePackException}'s
 *     problems, naming the file and line, or the error's message); empty when it succeeded, or
 *     before any rebuild
 */
public record ReloadStatus(String rulesVersion, int reloads, int failures, List<String> problems) {

    /** Refuses a null version or problems and copies the problems. */
    public ReloadStatus {
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        problems = List.copyOf(problems);
    }

    /** @return whether the last rebuild failed: the engine that was serving then still serves */
    public boolean failed() {
        return !problems.isEmpty();
    }
}
