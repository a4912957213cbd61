package io.omsexception.model;

/** The employment state of the courier who holds a parcel. */
public enum CourierStatus {
    ACTIVE, ON_LEAVE, RESIGNED
}
