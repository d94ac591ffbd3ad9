package io.comptoir.promotion.domain;

/** What became of a promo code for one order. */
public enum RedemptionStatus {
    REDEEMED,
    /** Over a limit, or outside the validity window, when the order came. */
    REFUSED,
    /** The order was cancelled: the use is given back. */
    RELEASED
}
