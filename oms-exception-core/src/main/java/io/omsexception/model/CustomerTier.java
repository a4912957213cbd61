package io.omsexception.model;

/** The customer's tier; {@code VIP} raises a finding's priority by one level. */
public enum CustomerTier {
    NEW, REGULAR, VIP
}
