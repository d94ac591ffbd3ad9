package io.comptoir.shipping.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.shipping.ShipmentCreated;
import io.comptoir.events.shipping.ShipmentDelivered;
import io.comptoir.events.shipping.ShipmentUpdated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shipments of confirmed orders, priced from the cost tables, and their tracking: the carrier's
 * first report after the label ({@code shipping.shipment.updated}) makes the order engine mark the
 * order SHIPPED, the delivery ({@code shipping.shipment.delivered}) DELIVERED.
 */
@ApplicationScoped
public class ShippingService {

    public record ShippingStats(
            long shipments, Map<TrackingStatus, Long> byStatus, Map<ShippingMethod, Long> byMethod) {}

    private final ShipmentRepository shipments;
    private final ShippableOrderRepository orders;
    private final ShippingRates rates;

    ShippingService(ShipmentRepository shipments, ShippableOrderRepository orders, ShippingRates rates) {
        this.shipments = shipments;
        this.orders = orders;
        this.rates = rates;
    }

    /** Ships a confirmed order (409 otherwise, or when it already has a shipment); 422 when the method does not serve the zone. */
    public Shipment create(
            String orderId, ShippingMethod method, String zone, Parcel parcel, String trackingNumber, Cause cause) {
        ShippableOrder order = orders.findByIdOptional(orderId)
                .orElseThrow(() -> new ConflictException("order " + orderId + " is not confirmed (or not known yet)"));
        if (!"CONFIRMED".equals(order.status)) {
            throw new ConflictException("order " + orderId + " is " + order.status + ": it does not ship");
        }
        ShippingRates.Quote quote = rates.quote(method, zone, parcel)
                .orElseThrow(() -> new UnprocessableException(
                        method + " does not serve " + zone,
                        List.of(new Problem.FieldError("zone", method + " does not serve " + zone))));
        Shipment shipment = new Shipment();
        shipment.id = orderId;
        shipment.customerId = order.customerId;
        shipment.method = method;
        shipment.zone = zone;
        shipment.weightGrams = parcel.weightGrams();
        shipment.lengthCm = parcel.lengthCm();
        shipment.widthCm = parcel.widthCm();
        shipment.heightCm = parcel.heightCm();
        shipment.cost = quote.cost();
        shipment.transitDays = quote.transitDays();
        shipment.trackingNumber = trackingNumber;
        shipment.status = TrackingStatus.CREATED;
        shipment.createdAt = Instant.now();
        shipment.tracking.add(tracking(TrackingStatus.CREATED, null, shipment.createdAt));
        return shipments.create(
                shipment,
                cause,
                events -> events.add(
                        Topic.SHIPPING_SHIPMENT_CREATED,
                        shipment.id,
                        new ShipmentCreated(
                                shipment.id,
                                orderId,
                                shipment.customerId,
                                method.name(),
                                shipment.cost,
                                trackingNumber)));
    }

    /**
     * Records a carrier's report (emits {@code shipping.shipment.updated}, and {@code
     * shipping.shipment.delivered} for the delivery); nothing may follow a delivery (409).
     */
    public Shipment track(String id, TrackingStatus status, String location, Instant at, Cause cause) {
        if (status == TrackingStatus.CREATED) {
            throw new UnprocessableException(
                    "CREATED is the label, not a report", List.of(new Problem.FieldError("status", "not a report")));
        }
        return shipments
                .modify(id, cause, (shipment, events) -> {
                    if (shipment.status == TrackingStatus.DELIVERED) {
                        throw new ConflictException("shipment " + id + " was delivered at " + shipment.deliveredAt);
                    }
                    Instant when = at == null ? Instant.now() : at;
                    shipment.status = status;
                    shipment.tracking.add(tracking(status, location, when));
                    events.add(
                            Topic.SHIPPING_SHIPMENT_UPDATED,
                            id,
                            new ShipmentUpdated(id, id, status.name(), location, when));
                    if (status == TrackingStatus.DELIVERED) {
                        shipment.deliveredAt = when;
                        events.add(Topic.SHIPPING_SHIPMENT_DELIVERED, id, new ShipmentDelivered(id, id, when));
                    }
                    return shipment;
                })
                .orElseThrow(() -> new NotFoundException("no shipment " + id));
    }

    public Optional<Shipment> shipment(String id) {
        return shipments.findByIdOptional(id);
    }

    public PageResponse<Shipment> list(String customerId, TrackingStatus status, PageRequest paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (customerId != null) {
            params.put("customerId", customerId);
        }
        if (status != null) {
            params.put("status", status.name());
        }
        String query = String.join(
                " and ", params.keySet().stream().map(k -> k + " = :" + k).toList());
        Sort newest = Sort.by("createdAt", Sort.Direction.Descending).and("_id");
        var found = params.isEmpty() ? shipments.findAll(newest) : shipments.find(query, newest, params);
        return paging.of(found);
    }

    /** A confirmed order may ship. */
    public void onConfirmed(OrderStatusChanged order, EventEnvelope event) {
        orders.apply(order.orderId(), event, ShippableOrder::new, (view, events) -> {
            view.customerId = order.customerId();
            if (view.status == null) {
                view.status = order.status();
            }
        });
    }

    /** A cancelled or refunded order must not ship any more (a refund after delivery changes nothing here). */
    public void onWithdrawn(OrderStatusChanged order, EventEnvelope event) {
        orders.apply(order.orderId(), event, ShippableOrder::new, (view, events) -> {
            view.customerId = order.customerId();
            view.status = order.status();
        });
    }

    public ShippingStats stats() {
        Map<TrackingStatus, Long> byStatus = new LinkedHashMap<>();
        for (TrackingStatus status : TrackingStatus.values()) {
            byStatus.put(status, shipments.count("status", status.name()));
        }
        Map<ShippingMethod, Long> byMethod = new LinkedHashMap<>();
        for (ShippingMethod method : ShippingMethod.values()) {
            byMethod.put(method, shipments.count("method", method.name()));
        }
        return new ShippingStats(shipments.count(), byStatus, byMethod);
    }

    private static Shipment.Tracking tracking(TrackingStatus status, String location, Instant at) {
        Shipment.Tracking tracking = new Shipment.Tracking();
        tracking.status = status;
        tracking.location = location;
        tracking.at = at;
        return tracking;
    }
}
