package io.omsexception.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one Jackson setup every JSON document of oms-exception is read and written with: numbers
 * with a fraction are read as exact decimals (never {@code double}), positions in error messages
 * show the source, and money is written as plain decimals ({@code 199.00}, never {@code 1.99E+2}).
 * Modules that write their own documents (the report, hosts' tools) use it so that every document
 * follows the same rules.
 *
 * <p>Stateless and thread-safe: the mapper is shared; each generator or parser belongs to its caller.
 */
public final class Jackson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Jackson() {
    }

    /** @return the shared mapper; do not reconfigure it */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A generator for one UTF-8 document that leaves the stream open when it is closed.
     *
     * @param out where to write; null is refused with an {@link IllegalArgumentException}
     * @param pretty whether to indent
     * @return the generator, owned by the caller
     * @throws IOException when the stream fails
     */
    public static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(Arguments.required(out, "out"));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    /**
     * A factory of parsers for requests: the given constraints, and parsers that leave their
     * stream open when closed (the caller owns it). Request readers build their trees themselves
     * ({@link TreeReader}), so these parsers need no mapper.
     *
     * @param constraints the document limits, never null
     * @return the factory, thread-safe
     */
    static JsonFactory readerFactory(StreamReadConstraints constraints) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * A parser for one document, bound to the shared mapper so that it can read trees.
     *
     * @param in what to read, closed with the parser; null is refused with an
     *     {@link IllegalArgumentException}
     * @return the parser, owned by the caller
     * @throws IOException when the stream fails
     */
    public static JsonParser parser(InputStream in) throws IOException {
        return MAPPER.createParser(Arguments.required(in, "in"));
    }
}
