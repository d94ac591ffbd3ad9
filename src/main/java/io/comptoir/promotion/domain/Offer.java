package io.comptoir.promotion.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A timed offer: a sale on a category, or a bundle of products bought together. */
@MongoEntity(collection = "promotion_offers")
public class Offer extends Aggregate {

    public OfferKind kind;
    public String name;
    public String categoryId;
    public List<String> productIds = new ArrayList<>();
    /** A fraction, 0.10 is 10 %. */
    public BigDecimal percent;

    public Instant startsAt;
    public Instant endsAt;
    public OfferStatus status;
    public Instant createdAt;
}
