package io.comptoir.order.domain;

/** Where the order's payment stands, from the order's side: REQUESTED until the payment engine answers. */
public enum PaymentProgress {
    REQUESTED,
    REQUIRES_ACTION,
    PROCESSING,
    FAILED,
    SUCCEEDED,
    REFUNDED
}
