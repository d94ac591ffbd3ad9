package io.comptoir.inventory.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inventory decided for one order (its id is the order's): the lines to hold, and whether
 * they are being held, held, refused, given back or shipped. It makes an order's multi-sku
 * reservation all-or-nothing without a transaction: each sku's hold is its own atomic write, and
 * the reservation records the outcome once every line is settled.
 */
@MongoEntity(collection = "inventory_reservations")
public class Reservation extends Aggregate {

    public List<Line> lines = new ArrayList<>();
    public ReservationStatus status;
    public String reason;
    /** The order shipped before its lines were all held: ship them as soon as they are. */
    public boolean shipped;

    public Instant updatedAt;

    /** One sku and quantity of the order. */
    public static class Line {
        public String sku;
        public String productId;
        public int quantity;

        public Line() {}

        Line(String sku, String productId, int quantity) {
            this.sku = sku;
            this.productId = productId;
            this.quantity = quantity;
        }
    }
}
