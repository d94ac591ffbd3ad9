package io.comptoir.review.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the review engine knows of one order (its id is the order id): whose it is, which products
 * it holds (from order.order.placed) and whether it was delivered (order.order.delivered). Those
 * two events may come in either order; a customer may review a product once an order of theirs
 * holding it is both known and delivered.
 */
@MongoEntity(collection = "review_orders")
public class DeliveredOrder extends Aggregate {

    public String customerId;
    public List<String> productIds = new ArrayList<>();
    public boolean delivered;
}
