package io.omsexception.streams;

import io.omsexception.model.Order;

/**
 * What one step of the topology hands the next: an order to evaluate, an evaluation to publish,
 * or a record for the dead-letter topic with its error.
 *
 * <p>Immutable; its byte arrays are not copied and not changed.
 *
 * @param order the order read, or null
 * @param evaluation the evaluation as the contract's JSON, or null
 * @param key the original record's key bytes (dead letters), or null
 * @param value the original record's value bytes (dead letters), or null
 * @param errorPath the JSON path of the error (dead letters), or null
 * @param errorMessage the error (dead letters), or null
 * @param json the order's contract JSON as it was read (UTF-8), when the record held exactly that
 *     order, so that the repartition topic carries these bytes instead of writing the order again;
 *     otherwise null
 */
record Routed(Order order, String evaluation, byte[] key, byte[] value, String errorPath, String errorMessage,
        byte[] json) {

    static Routed order(Order order) {
        return new Routed(order, null, null, null, null, null, null);
    }

    static Routed order(Order order, byte[] json) {
        return new Routed(order, null, null, null, null, null, json);
    }

    static Routed evaluation(String json) {
        return new Routed(null, json, null, null, null, null, null);
    }

    static Routed deadLetter(byte[] key, byte[] value, String path, String message) {
        return new Routed(null, null, key, value, path, message, null);
    }

    boolean isDeadLetter() {
        return errorPath != null;
    }
}
