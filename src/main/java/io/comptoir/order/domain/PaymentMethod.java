package io.comptoir.order.domain;

/** How the customer pays: a card through Stripe, mobile money (Orange Money, Wave) or cash on delivery. */
public enum PaymentMethod {
    CARD,
    MOBILE_MONEY,
    CASH_ON_DELIVERY
}
