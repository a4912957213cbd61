package io.omsexception.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The headers a dead letter gets besides the original record's: see {@link OrderStreams#HEADER_ERROR_PATH}
 * and the other header names there.
 *
 * <p>Stateless and thread-safe.
 */
final class DeadLetters {
    static final String STAGE_READ = "read";
    static final String STAGE_EVALUATE = "evaluate";

    private DeadLetters() {
    }

    /**
     * Adds the error's headers.
     *
     * @param headers the dead letter's headers, changed
     * @param path the JSON path of the error
     * @param message the error
     * @param stage {@link #STAGE_READ} or {@link #STAGE_EVALUATE}
     * @param source the input record's topic, partition and offset ({@code orders-0@42}), or null
     */
    static void describe(Headers headers, String path, String message, String stage, String source) {
        headers.add(OrderStreams.HEADER_ERROR_PATH, path.getBytes(StandardCharsets.UTF_8));
        headers.add(OrderStreams.HEADER_ERROR_MESSAGE, message.getBytes(StandardCharsets.UTF_8));
        headers.add(OrderStreams.HEADER_ERROR_STAGE, stage.getBytes(StandardCharsets.UTF_8));
        if (source != null) {
            headers.add(OrderStreams.HEADER_ERROR_SOURCE, source.getBytes(StandardCharsets.UTF_8));
        }
    }
}
