package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's cart (its id is the customer's): what they mean to order and the promo code they
 * entered; priced afresh whenever it is shown, so it always shows today's prices and offers. A
 * checkout in progress names the order it will place, so a checkout retried after a failure finds
 * that order rather than placing a second one.
 */
@MongoEntity(collection = "order_carts")
public class Cart extends Aggregate {

    public List<Line> lines = new ArrayList<>();
    public String promoCode;
    public String checkoutOrderId;
    public Instant updatedAt;

    /** A quantity of one sku. */
    public static class Line {
        public String productId;
        public String sku;
        public int quantity;

        public Line() {}

        Line(String productId, String sku, int quantity) {
            this.productId = productId;
            this.sku = sku;
            this.quantity = quantity;
        }
    }

    public Optional<Line> line(String sku) {
        return lines.stream().filter(l -> l.sku.equals(sku)).findFirst();
    }

    List<OrderService.Item> items() {
        return lines.stream()
                .map(l -> new OrderService.Item(l.productId, l.sku, l.quantity))
                .toList();
    }
}
