package io.comptoir.review.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A customer's rating and comment of a product (one per customer and product), and its moderation. */
@MongoEntity(collection = "reviews")
public class Review extends Aggregate {

    public String productId;
    public String customerId;
    public int rating;
    public String comment;
    public List<Moderation.Flag> flags = new ArrayList<>();
    public Status status;
    public Instant submittedAt;
    public String moderatedBy;
    public String moderationReason;
    public Instant moderatedAt;

    /** PENDING until an admin APPROVED (it counts in the product's rating and is shown) or REJECTED it. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }
}
