package io.comptoir.review.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A product's rating over its approved reviews (its id is the product id). The ids of the reviews
 * counted are kept so an approval repeated after a failure counts once; approvals of one product
 * are serialised by this document's version, so the published aggregates only ever grow in count.
 */
@MongoEntity(collection = "review_ratings")
public class ProductRating extends Aggregate {

    public long count;
    public long sum;
    public List<String> reviewIds = new ArrayList<>();

    /** The average rating, two decimals (4.67). */
    public BigDecimal average() {
        return count == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
