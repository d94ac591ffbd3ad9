package io.comptoir.catalog.domain;

/** Lifecycle of a product: only ACTIVE products can be ordered; DELETED ones are gone for clients. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    INACTIVE,
    DELETED
}
