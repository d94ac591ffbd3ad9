package io.comptoir.shipping.domain;

/** Where a shipment is, as its carrier reports it. */
public enum TrackingStatus {
    /** Label made, waiting for the carrier. */
    CREATED,
    /** Handed to the carrier: the order is shipped. */
    DISPATCHED,
    IN_TRANSIT,
    AT_CUSTOMS,
    AT_HUB,
    OUT_FOR_DELIVERY,
    DELIVERED
}
