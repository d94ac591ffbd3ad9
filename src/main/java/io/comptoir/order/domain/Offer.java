package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The order engine's copy of a timed offer, kept from {@code promotion.sale.started|ended}: a
 * category sale or a bundle, applied at checkout while it runs.
 */
@MongoEntity(collection = "order_offers")
public class Offer extends Aggregate {

    public static final String BUNDLE = "BUNDLE";

    public String kind;
    public String name;
    public String categoryId;
    public List<String> productIds = new ArrayList<>();
    public BigDecimal percent;
    public Instant startsAt;
    public Instant endsAt;
    public boolean ended;

    public boolean runningAt(Instant at) {
        return !ended && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public boolean bundle() {
        return BUNDLE.equals(kind);
    }
}
