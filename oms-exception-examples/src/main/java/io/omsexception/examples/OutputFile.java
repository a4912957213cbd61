package io.omsexception.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file the command line writes that appears only when the run succeeds: the content goes to a
 * temporary file beside the target ({@code .NAME.RANDOM.part}, in the same folder, so that the
 * move cannot cross file systems), which {@link #commit()} moves into place atomically. Closing
 * without a commit deletes the temporary file and leaves the target as it was (absent, or the
 * previous run's complete file). Not thread-safe.
 */
final class OutputFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean done;

    private OutputFile(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    /**
     * @param target where the content belongs, never null
     * @return an open output file
     * @throws IOException when the temporary file cannot be created (no such folder, no permission)
     */
    static OutputFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException("is a folder");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            return new OutputFile(target, temporary);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** @return the stream to the temporary file; closing it does not commit */
    OutputStream stream() {
        return stream;
    }

    /**
     * Closes the temporary file and moves it into place, replacing the target.
     *
     * @throws IOException when it cannot be written or moved; the temporary file is then deleted
     */
    void commit() throws IOException {
        done = true;
        try {
            stream.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Without a commit: discards the temporary file; the target is untouched. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            stream.close();
        } catch (IOException e) {
            // discarded anyway
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done; the name says it is a part file
        }
    }
}
