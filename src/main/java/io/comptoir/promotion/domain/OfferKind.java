package io.comptoir.promotion.domain;

/** Percent off every product of a category, or off every complete set of a bundle's products. */
public enum OfferKind {
    CATEGORY,
    BUNDLE
}
