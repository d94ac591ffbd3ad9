package io.comptoir.catalog.domain;

import io.comptoir.events.review.ReviewApproved;
import io.comptoir.kernel.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Keeps each product's rating as the review engine publishes it. Approvals of one product may reach
 * the catalogue out of order (they are keyed by review), and the count only grows, so an aggregate
 * counting no more reviews than the one shown is older and changes nothing.
 */
@ApplicationScoped
public class ProductRatings {

    /** A product's rating over its approved reviews. */
    public static class Rating {
        public BigDecimal average;
        public long count;
    }

    private final ProductRepository products;

    ProductRatings(ProductRepository products) {
        this.products = products;
    }

    public void onApproved(ReviewApproved approved, EventEnvelope event) {
        products.applyIfPresent(approved.productId(), event, (product, events) -> {
            if (product.rating == null || approved.reviewCount() > product.rating.count) {
                Rating rating = new Rating();
                rating.average = approved.averageRating();
                rating.count = approved.reviewCount();
                product.rating = rating;
            }
        });
    }
}
