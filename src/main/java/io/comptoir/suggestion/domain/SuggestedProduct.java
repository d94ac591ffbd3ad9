package io.comptoir.suggestion.domain;

import io.comptoir.kernel.catalog.ProductView;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** The suggestion engine's own view of one catalogue product: whether it can be suggested at all. */
@MongoEntity(collection = "suggestion_products")
public class SuggestedProduct extends ProductView {

    /** Never suggest a deleted, inactive, unpriced or out-of-stock product. */
    boolean suggestable() {
        return active() && price != null && inStock();
    }
}
