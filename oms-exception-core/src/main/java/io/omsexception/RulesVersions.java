package io.omsexception;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The rules version an engine stamps on each of its results ({@link OrderEvaluation#rulesVersion()}):
 * the names of its packs, in the order they were added, joined by {@code +}, then {@code @} and the
 * first 12 hex digits of a SHA-256 digest of what decides the results: each pack's DRL (decision
 * tables as the DRL they become; a precompiled pack by its DRL too), catalog, texts and parameter
 * declarations (not their descriptions), and
 * the engine's effective parameter values. For example {@code payment+address@3f2a9c01b7de}.
 *
 * <p>Deterministic: the same files and values give the same version on every machine and run
 * (paths are left out, so a pack copied to another folder keeps its version); any change of a
 * rule, a catalog value, a text or a parameter gives another. Stateless.
 */
final class RulesVersions {
    private static final int DIGITS = 12;

    private RulesVersions() {
    }

    /**
     * @param packs the engine's packs, in the order they were added
     * @return the digest of the packs alone, to be completed by {@link #of(List, byte[], Map)}
     */
    static byte[] packDigest(List<RulePack> packs) {
        MessageDigest digest = sha256();
        for (RulePack pack : packs) {
            add(digest, "pack", pack.name());
            for (RulePack.Source source : pack.sources()) {
                add(digest, "drl", source.content());
            }
            // not the model classes of a precompiled pack: its DRL sources travel with it, and a
            // pack compiled either way gives the same results
            pack.codes().values().forEach(c -> add(digest, "code", c.toString()));
            pack.declaredCodes().forEach(c -> add(digest, "declared", c));
            pack.texts().forEach((language, bundle) -> bundle.forEach((key, text) -> add(digest, "text", language + "." + key + "=" + text)));
            // not the description: it does not change a result, and names the file of an undescribed parameter
            pack.parameters().forEach(p -> add(digest, "parameter", p.name() + ":" + p.type() + "=" + p.defaultValue()
                    + (p.feeds() == null ? "" : " feeds " + p.feeds().key())));
        }
        return digest.digest();
    }

    /**
     * Takes {@link #packDigest(List)} on a daemon thread of its own when the JVM has a second
     * processor, so that it runs beside the engine's compilation, which does not need it (start-up
     * time); on one processor, at the first {@code get()}.
     *
     * @param packs the engine's packs, in the order they were added; immutable
     * @return the digest, waited for by {@code get()}; {@code get()} may be called by one thread, once
     */
    static Supplier<byte[]> packDigestAside(List<RulePack> packs) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return () -> packDigest(packs);
        }
        FutureTask<byte[]> task = new FutureTask<>(() -> packDigest(packs));
        Thread thread = new Thread(task, "oms-exception-rules-digest");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        // packDigest throws only when the JVM lacks SHA-256: take it here, on the building thread
                        return packDigest(packs);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /**
     * @param packs the engine's packs, in the order they were added
     * @param packDigest {@link #packDigest(List)} of those packs
     * @param parameterValues the engine's effective parameter values as text, by name
     * @return the version, for example {@code payment+address@3f2a9c01b7de}
     */
    static String of(List<RulePack> packs, byte[] packDigest, Map<String, String> parameterValues) {
        MessageDigest digest = sha256();
        digest.update(packDigest);
        new java.util.TreeMap<>(parameterValues).forEach((name, value) -> add(digest, "value", name + "=" + value));
        List<String> names = new ArrayList<>();
        packs.forEach(p -> names.add(p.name()));
        return String.join("+", names) + "@" + HexFormat.of().formatHex(digest.digest()).substring(0, DIGITS);
    }

    /**
     * @param result a batch's results and errors
     * @param version the version to stamp
     * @return the batch, each result stamped
     */
    static BatchResult stamp(BatchResult result, String version) {
        List<OrderEvaluation> stamped = new ArrayList<>(result.results().size());
        result.results().forEach(r -> stamped.add(r.withRulesVersion(version)));
        return new BatchResult(stamped, result.errors());
    }

    private static void add(MessageDigest digest, String kind, String value) {
        // length-prefixed, so that no two different inputs concatenate to the same bytes
        byte[] bytes = (kind + ":" + value).getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
