package io.comptoir.shipping.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The shipment of an order (its id is the order's: one per order), priced from the tables, and its tracking. */
@MongoEntity(collection = "shipping_shipments")
public class Shipment extends Aggregate {

    public String customerId;
    public ShippingMethod method;
    public String zone;
    public int weightGrams;
    public int lengthCm;
    public int widthCm;
    public int heightCm;
    public Money cost;
    public int transitDays;
    public String trackingNumber;
    public TrackingStatus status;
    public List<Tracking> tracking = new ArrayList<>();
    public Instant createdAt;
    public Instant deliveredAt;

    /** One tracking report. */
    public static class Tracking {
        public TrackingStatus status;
        public String location;
        public Instant at;
    }
}
