package io.comptoir.review.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.review.ReviewApproved;
import io.comptoir.events.review.ReviewRejected;
import io.comptoir.events.review.ReviewSubmitted;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.review.domain.Review.Status;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews by customers who received the product (known from order events), flagged automatically,
 * approved or rejected by admins; each approval publishes the product's new rating aggregate.
 */
@ApplicationScoped
public class ReviewService {

    private final ReviewRepository reviews;
    private final DeliveredOrderRepository orders;
    private final ProductRatingRepository ratings;
    private final Moderation moderation;

    ReviewService(
            ReviewRepository reviews,
            DeliveredOrderRepository orders,
            ProductRatingRepository ratings,
            Moderation moderation) {
        this.reviews = reviews;
        this.orders = orders;
        this.ratings = ratings;
        this.moderation = moderation;
    }

    public void placed(OrderPlaced order, EventEnvelope event) {
        orders.apply(order.orderId(), event, DeliveredOrder::new, (known, events) -> {
            known.customerId = order.customerId();
            order.lines().stream()
                    .map(OrderPlaced.Line::productId)
                    .filter(id -> !known.productIds.contains(id))
                    .forEach(known.productIds::add);
        });
    }

    public void delivered(OrderStatusChanged order, EventEnvelope event) {
        orders.apply(order.orderId(), event, DeliveredOrder::new, (known, events) -> {
            known.customerId = order.customerId();
            known.delivered = true;
        });
    }

    /**
     * Submits a customer's review, PENDING with its moderation flags: 422 unless an order of theirs
     * holding the product was delivered, 409 when they already reviewed it.
     */
    public Review submit(String customerId, String productId, int rating, String comment, Cause cause) {
        if (!orders.received(customerId, productId)) {
            throw new UnprocessableException(
                    "only a customer who received a product may review it",
                    List.of(new Problem.FieldError(
                            "productId", "no delivered order of customer " + customerId + " holds " + productId)));
        }
        Review review = new Review();
        review.productId = productId;
        review.customerId = customerId;
        review.rating = rating;
        review.comment = comment == null || comment.isBlank() ? null : comment.strip();
        review.flags = moderation.flags(review.comment);
        review.status = Status.PENDING;
        review.submittedAt = Instant.now();
        try {
            return reviews.create(
                    review,
                    cause,
                    events -> events.add(
                            Topic.REVIEW_REVIEW_SUBMITTED,
                            review.id,
                            new ReviewSubmitted(
                                    review.id,
                                    productId,
                                    customerId,
                                    rating,
                                    review.comment,
                                    review.flags.stream().map(Enum::name).toList())));
        } catch (DuplicateAggregateException e) {
            throw new ConflictException("customer " + customerId + " has already reviewed product " + productId);
        }
    }

    /**
     * Approves a review and counts it in the product's rating (review.review.approved with the new
     * aggregate). Two writes, the review first: approving again after a failure between them
     * completes the count, once; a rejected review cannot be approved (409).
     */
    public Review approve(String reviewId, String admin, Cause cause) {
        Review review = reviews.modify(reviewId, cause, (r, events) -> {
                    approve(r, admin);
                    return r;
                })
                .orElseThrow(() -> new NotFoundException("no review " + reviewId));
        ratings.upsert(review.productId, cause, ProductRating::new, (rating, events) -> count(rating, review, events));
        return review;
    }

    /** A pending review is approved; approving again changes nothing; 409 when it was rejected. */
    static void approve(Review review, String admin) {
        if (review.status == Status.REJECTED) {
            throw new ConflictException("review " + review.id + " was rejected");
        }
        if (review.status == Status.PENDING) {
            review.status = Status.APPROVED;
            review.moderatedBy = admin;
            review.moderatedAt = Instant.now();
        }
    }

    /** Counts an approved review in its product's rating once, announcing the new aggregate. */
    static void count(ProductRating rating, Review review, EventBuffer events) {
        if (!rating.reviewIds.contains(review.id)) {
            rating.reviewIds.add(review.id);
            rating.count++;
            rating.sum += review.rating;
            events.add(
                    Topic.REVIEW_REVIEW_APPROVED,
                    review.id,
                    new ReviewApproved(review.id, review.productId, review.rating, rating.average(), rating.count));
        }
    }

    /** Rejects a pending review (review.review.rejected); 409 once it was approved or rejected. */
    public Review reject(String reviewId, String reason, String admin, Cause cause) {
        return reviews.modify(reviewId, cause, (r, events) -> {
                    reject(r, reason, admin, events);
                    return r;
                })
                .orElseThrow(() -> new NotFoundException("no review " + reviewId));
    }

    /** A pending review is rejected, announced; 409 once it was approved or rejected. */
    static void reject(Review review, String reason, String admin, EventBuffer events) {
        if (review.status != Status.PENDING) {
            throw new ConflictException("review " + review.id + " is already " + review.status);
        }
        review.status = Status.REJECTED;
        review.moderatedBy = admin;
        review.moderationReason = reason;
        review.moderatedAt = Instant.now();
        events.add(Topic.REVIEW_REVIEW_REJECTED, review.id, new ReviewRejected(review.id, review.productId, reason));
    }

    public Optional<Review> find(String reviewId) {
        return reviews.findByIdOptional(reviewId);
    }

    /** A product's rating aggregate (none yet: zero reviews). */
    public Optional<ProductRating> rating(String productId) {
        return ratings.findByIdOptional(productId);
    }

    /** A product's approved reviews, newest first. */
    public PageResponse<Review> approved(String productId, PageRequest paging) {
        return paging.of(reviews.find(
                "productId = ?1 and status = ?2",
                Sort.by("submittedAt", Sort.Direction.Descending).and("_id"),
                productId,
                Status.APPROVED.name()));
    }

    /** Reviews awaiting moderation, oldest first. */
    public PageResponse<Review> pending(PageRequest paging) {
        return paging.of(reviews.find("status", Sort.by("submittedAt").and("_id"), Status.PENDING.name()));
    }

    /** Reviews by status, pending ones with flags, products rated, orders known and delivered. */
    public record ReviewStats(
            Map<Status, Long> reviews,
            long flaggedPending,
            long ratedProducts,
            long ordersKnown,
            long ordersDelivered) {}

    public ReviewStats stats() {
        Map<Status, Long> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            byStatus.put(status, reviews.count("status", status.name()));
        }
        return new ReviewStats(
                byStatus,
                reviews.count("{'status': ?1, 'flags.0': {'$exists': true}}", Status.PENDING.name()),
                ratings.count(),
                orders.count(),
                orders.count("delivered", true));
    }
}
