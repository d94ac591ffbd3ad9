package io.comptoir.suggestion.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * How often product {@code b} was viewed in the same session as product {@code a}, and ordered
 * with it. Stored in both directions (id {@code a b} and {@code b a}), so the partners of a product
 * are one indexed look-up; changed only by guarded increments ({@link CountedOnce}).
 */
@MongoEntity(collection = "suggestion_pairs")
public class ProductPair {

    @BsonId
    public String id;

    public String a;
    public String b;
    public long coViews;
    public long coPurchases;
}
