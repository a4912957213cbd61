package io.omsexception.examples;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.RulePackException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Builds the engine of a command: the standard packs, the {@code --rules} packs and the {@code --param} overrides. */
final class Engines {
    private Engines() {
    }

    /**
     * @param command the command, for messages
     * @param rules {@code --rules} values: DRL files or folders, each read with the files beside it
     * @param params {@code --param} values: {@code name=value}
     * @return the engine
     * @throws UsageException when a pack cannot be read or compiled, or a parameter is malformed or unknown
     */
    static OrderExceptionEngine build(String command, List<String> rules, List<String> params) {
        OrderExceptionEngine.Builder b = OrderExceptionEngine.builder().withStandardRules();
        for (String r : rules) {
            try {
                b.addRules(Path.of(r));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UsageException(command + ": --rules " + e.getMessage(), e);
            }
        }
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(command + ": --param must be NAME=VALUE, for example payment.timeoutMinutes=45, but was '"
                        + p + "'");
            }
            b.parameter(p.substring(0, eq).trim(), p.substring(eq + 1));
        }
        try {
            return b.build();
        } catch (RulePackException e) {
            throw new UsageException(command + ": the rules cannot be used, fix them and retry:\n  "
                    + String.join("\n  ", e.problems()), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": --param " + e.getMessage(), e);
        }
    }
}
