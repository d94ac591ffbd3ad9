package io.comptoir.promotion.domain;

/** A promo code takes a percentage off, or a fixed amount. */
public enum PromoKind {
    PERCENT,
    FIXED
}
