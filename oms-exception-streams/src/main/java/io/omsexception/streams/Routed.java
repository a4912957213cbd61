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
 */
record Routed(Order order, String evaluation, byte[] key, byte[] value, String errorPath, String errorMessage) {

    static Routed order(Order order) {
        return new Routed(order, null, null, null, null, null);
    }

    static Routed evaluation(String json) {
        return new Routed(null, json, null, null, null, null);
    }

    static Routed deadLetter(byte[] key, byte[] value, String path, String message) {
        return new Routed(null, null, key, value, path, message);
    }

    boolean isDeadLetter() {
        return errorPath != null;
    }
}
