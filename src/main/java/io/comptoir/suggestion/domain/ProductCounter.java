package io.comptoir.suggestion.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * How often a product (id = the product id) was viewed and ordered: its popularity. Changed only by
 * guarded increments ({@link CountedOnce}), never rewritten whole, so no count is lost.
 */
@MongoEntity(collection = "suggestion_counters")
public class ProductCounter extends Aggregate {

    public long views;
    /** Orders that held the product, each counted once whatever its events' repetition. */
    public long orders;
}
