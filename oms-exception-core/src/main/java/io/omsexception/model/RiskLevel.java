package io.omsexception.model;

/** The risk level of a product in the inventory snapshot. */
public enum RiskLevel {
    NONE, LOW, HIGH
}
