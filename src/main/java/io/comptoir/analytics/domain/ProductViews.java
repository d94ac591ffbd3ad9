package io.comptoir.analytics.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** Views of one product on one UTC day (id {@code productId/day}), from {@code catalog.product.viewed}. */
@MongoEntity(collection = "analytics_views")
public class ProductViews extends Aggregate {

    public String productId;
    /** ISO date, so a period's days are a string range. */
    public String day;

    public long views;
}
