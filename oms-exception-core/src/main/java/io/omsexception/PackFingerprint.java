package io.omsexception;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fingerprint of watched packs' files, for {@link ReloadingEngine} to see a change: a SHA-256
 * digest of the path and content of every {@code .drl}, {@code .properties}, {@code .csv} and
 * {@code .xlsx} file under each watched folder (or of the watched file and the {@code .properties}
 * beside it), so that a rewrite within the same second, or of the same size, is seen too. A
 * missing path has a fingerprint of its own. Stateless.
 */
final class PackFingerprint {
    private PackFingerprint() {
    }

    /**
     * @param watched the watched folders or files, absolute
     * @return the fingerprint of their files now
     * @throws UncheckedIOException when a folder cannot be listed
     */
    static byte[] of(List<Path> watched) {
        MessageDigest digest = sha256();
        for (Path path : watched) {
            digest.update(path.toString().getBytes(StandardCharsets.UTF_8));
            if (!Files.exists(path)) {
                digest.update((byte) 0);
                continue;
            }
            for (Path file : files(path)) {
                digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
                try {
                    digest.update(Files.readAllBytes(file));
                } catch (NoSuchFileException e) {
                    digest.update((byte) 0); // deleted while listed: seen as changed, looked at again later
                } catch (IOException e) {
                    digest.update((byte) 1);
                }
            }
        }
        return digest.digest();
    }

    private static List<Path> files(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    return walk.filter(p -> Files.isRegularFile(p) && watched(p)).sorted().toList();
                }
            }
            Path folder = path.getParent();
            try (Stream<Path> beside = folder == null ? Stream.empty() : Files.list(folder)) {
                return Stream.concat(Stream.of(path),
                        beside.filter(p -> p.toString().endsWith(".properties") && Files.isRegularFile(p)).sorted()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rules " + path + ": cannot be listed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // a file vanished during the walk: the next look sees the folder as it is then
            return List.of();
        }
    }

    private static boolean watched(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".drl") || name.endsWith(".properties") || name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
