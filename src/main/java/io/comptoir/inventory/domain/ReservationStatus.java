package io.comptoir.inventory.domain;

/** Where an order's reservation stands. */
public enum ReservationStatus {
    /** Holds are being taken, line by line. */
    PENDING,
    /** Every line is held. */
    RESERVED,
    /** A line could not be held; nothing is held. */
    REFUSED,
    /** The order was cancelled or refunded before shipping; nothing is held. */
    RELEASED,
    /** The order shipped: the held units left the stock. */
    SHIPPED
}
