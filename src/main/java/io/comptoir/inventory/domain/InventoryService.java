package io.comptoir.inventory.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.inventory.ReorderSuggested;
import io.comptoir.events.inventory.StockDepleted;
import io.comptoir.events.inventory.StockLow;
import io.comptoir.events.inventory.StockReleased;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.inventory.config.InventoryConfig;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stock per sku, and the choreography with orders: a placed order's lines are held all or nothing
 * (a refusal, announced on {@code inventory.stock.reserved} with {@code reserved=false}, makes the
 * order engine cancel it with that reason); a cancellation or a refund before
 * shipping gives the holds back; a shipment takes the held units out of the stock and counts them
 * as sales, from which the reorder suggestion's velocity comes. Every handler is idempotent and
 * copes with its order's events arriving in any order.
 */
@ApplicationScoped
public class InventoryService {

    /** Which stock items a listing shows. */
    public enum Level {
        /** At or under the low threshold, including depleted. */
        LOW,
        /** Nothing available. */
        DEPLETED
    }

    public record InventoryStats(
            long skus,
            long unitsOnHand,
            long unitsReserved,
            long lowSkus,
            long depletedSkus,
            Map<ReservationStatus, Long> reservations) {}

    /** What to reorder of a sku: units sold per day over the window, and the units to order now. */
    public record Reorder(BigDecimal dailyVelocity, long suggestedQuantity) {}

    /** The outcome of holding one line: held, or how many units were available instead. */
    record Hold(boolean held, long available) {}

    private final StockItemRepository stock;
    private final ReservationRepository reservations;
    private final InventoryConfig config;

    InventoryService(StockItemRepository stock, ReservationRepository reservations, InventoryConfig config) {
        this.stock = stock;
        this.reservations = reservations;
        this.config = config;
    }

    /**
     * Sets a sku's units on hand (a stock count) and optionally its low threshold, stocking it for
     * {@code productId} the first time. Units held for orders cannot be counted away.
     */
    public StockItem count(String sku, String productId, long onHand, Long lowThreshold, Cause cause) {
        return stock.upsert(
                sku,
                cause,
                () -> {
                    StockItem created = new StockItem();
                    created.productId = productId;
                    created.lowThreshold = config.defaultLowThreshold();
                    return created;
                },
                (item, events) -> {
                    if (!item.productId.equals(productId)) {
                        throw new ConflictException(
                                "sku " + sku + " is stocked for product " + item.productId + ", not " + productId);
                    }
                    long before = item.available;
                    setOnHand(item, onHand);
                    if (lowThreshold != null) {
                        item.lowThreshold = lowThreshold;
                    }
                    announce(item, before, events);
                });
    }

    /** Adds (a delivery) or removes (breakage, loss) units; what remains must cover the holds. */
    public StockItem adjust(String sku, long delta, Cause cause) {
        return stock.modify(sku, cause, (item, events) -> {
                    long before = item.available;
                    setOnHand(item, item.onHand + delta);
                    announce(item, before, events);
                    return item;
                })
                .orElseThrow(() -> new NotFoundException("sku " + sku + " is not stocked"));
    }

    public Optional<StockItem> item(String sku) {
        return stock.findByIdOptional(sku);
    }

    public Optional<Reservation> reservation(String orderId) {
        return reservations.findByIdOptional(orderId);
    }

    public PageResponse<StockItem> list(String productId, Level level, PageRequest paging) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (productId != null) {
            clauses.add("productId = :productId");
            params.put("productId", productId);
        }
        if (level == Level.LOW) {
            clauses.add("lowAnnounced = :low");
            params.put("low", true);
        } else if (level == Level.DEPLETED) {
            clauses.add("available = :none");
            params.put("none", 0L);
        }
        Sort bySku = Sort.by("_id");
        var found = clauses.isEmpty() ? stock.findAll(bySku) : stock.find(String.join(" and ", clauses), bySku, params);
        return paging.of(found);
    }

    public InventoryStats stats() {
        Map<String, Long> totals = stock.sum("onHand", "reserved");
        Map<ReservationStatus, Long> byStatus = new LinkedHashMap<>();
        for (ReservationStatus status : ReservationStatus.values()) {
            byStatus.put(status, reservations.count("status", status.name()));
        }
        return new InventoryStats(
                stock.count(),
                totals.get("onHand"),
                totals.get("reserved"),
                stock.count("lowAnnounced", true),
                stock.count("available", 0L),
                byStatus);
    }

    /** Holds every line of a placed order, or none of them. */
    public void placed(OrderPlaced order, EventEnvelope event) {
        String orderId = order.orderId();
        Reservation reservation = reservations
                .apply(orderId, event, Reservation::new, (known, events) -> {
                    if (known.status == null) { // new, or only a shipment seen so far
                        pending(known, order);
                    }
                })
                .orElseThrow();
        if (reservation.status != ReservationStatus.PENDING) {
            return; // decided already, or the order was cancelled before its placement got here
        }
        Cause cause = Cause.of(event);
        List<Reservation.Line> held = new ArrayList<>();
        for (Reservation.Line line : reservation.lines) {
            Hold hold = stock.modify(line.sku, cause, (item, events) -> hold(item, orderId, line.quantity, events))
                    .orElse(new Hold(false, 0));
            if (!hold.held()) {
                held.forEach(h -> release(h.sku, orderId, cause));
                refuse(orderId, line, hold.available(), cause);
                return;
            }
            held.add(line);
        }
        Optional<Reservation> settled = reservations
                .modify(reservation, cause, (r, events) -> Optional.of(r)
                        .filter(known -> conclude(known, ReservationStatus.RESERVED, null)))
                .flatMap(Function.identity());
        if (settled.isEmpty()) {
            // cancelled while the lines were being held: give them back
            held.forEach(h -> release(h.sku, orderId, cause));
            return;
        }
        if (settled.get().shipped) {
            ship(settled.get(), cause);
        }
    }

    /** A cancelled order, or one refunded before it shipped, gives its held units back. */
    public void released(OrderStatusChanged order, EventEnvelope event) {
        String orderId = order.orderId();
        Reservation reservation = reservations
                .apply(orderId, event, Reservation::new, (known, events) -> release(known))
                .orElseThrow();
        if (reservation.status == ReservationStatus.RELEASED) {
            Cause cause = Cause.of(event);
            reservation.lines.forEach(line -> release(line.sku, orderId, cause));
        }
    }

    /** Releases a reservation not settled yet or held; a refused or shipped one stays as it is. */
    static void release(Reservation reservation) {
        if (reservation.status == null
                || reservation.status == ReservationStatus.PENDING
                || reservation.status == ReservationStatus.RESERVED) {
            reservation.status = ReservationStatus.RELEASED;
            reservation.updatedAt = Instant.now();
        }
    }

    /**
     * A shipped order's held units leave the stock and count as sales. A shipment seen before the
     * placement is settled is remembered, and the placement ships the units once it holds them.
     */
    public void shipped(OrderStatusChanged order, EventEnvelope event) {
        String orderId = order.orderId();
        Reservation reservation = reservations
                .apply(orderId, event, Reservation::new, (known, events) -> known.shipped = true)
                .orElseThrow();
        if (reservation.status == ReservationStatus.RESERVED) {
            ship(reservation, Cause.of(event));
        }
    }

    private void ship(Reservation reservation, Cause cause) {
        String orderId = reservation.id;
        for (Reservation.Line line : reservation.lines) {
            stock.modify(line.sku, cause, (item, events) -> {
                ship(item, orderId, LocalDate.now(ZoneOffset.UTC), events);
                return item;
            });
        }
        reservations.modify(orderId, cause, (r, events) -> conclude(r, ReservationStatus.SHIPPED, null));
    }

    /** The order's held units leave the stock and count as sales of {@code today}; nothing when none are held. */
    void ship(StockItem item, String orderId, LocalDate today, EventBuffer events) {
        item.hold(orderId).ifPresent(h -> {
            long before = item.available;
            item.holds.remove(h);
            item.reserved -= h.quantity;
            item.onHand -= h.quantity;
            recordSale(item, h.quantity, today);
            announce(item, before, events);
        });
    }

    static void pending(Reservation reservation, OrderPlaced order) {
        Map<String, Reservation.Line> bySku = new LinkedHashMap<>();
        order.lines()
                .forEach(l -> bySku.merge(
                        l.sku(),
                        new Reservation.Line(l.sku(), l.productId(), l.quantity()),
                        (a, b) -> new Reservation.Line(a.sku, a.productId, a.quantity + b.quantity)));
        reservation.lines = new ArrayList<>(bySku.values());
        reservation.status = ReservationStatus.PENDING;
        reservation.updatedAt = order.placedAt();
    }

    Hold hold(StockItem item, String orderId, int quantity, EventBuffer events) {
        if (item.hold(orderId).isPresent()) {
            return new Hold(true, item.available);
        }
        long before = item.available;
        if (before < quantity) {
            return new Hold(false, before);
        }
        item.holds.add(new StockItem.Hold(orderId, quantity));
        item.reserved += quantity;
        announce(item, before, events);
        events.add(
                Topic.INVENTORY_STOCK_RESERVED,
                item.id,
                new StockReserved(item.id, orderId, quantity, item.available, true, null));
        return new Hold(true, item.available);
    }

    private void release(String sku, String orderId, Cause cause) {
        stock.modify(sku, cause, (item, events) -> {
            unhold(item, orderId, events);
            return item;
        });
    }

    /** The order's held units are available again; nothing when none are held. */
    void unhold(StockItem item, String orderId, EventBuffer events) {
        item.hold(orderId).ifPresent(h -> {
            long before = item.available;
            item.holds.remove(h);
            item.reserved -= h.quantity;
            announce(item, before, events);
            events.add(
                    Topic.INVENTORY_STOCK_RELEASED,
                    item.id,
                    new StockReleased(item.id, orderId, h.quantity, item.available));
        });
    }

    private void refuse(String orderId, Reservation.Line line, long available, Cause cause) {
        reservations.modify(orderId, cause, (reservation, events) -> {
            refuse(reservation, line, available, events);
            return null;
        });
    }

    /** Refuses a pending reservation for the line that could not be held, announced once. */
    static void refuse(Reservation reservation, Reservation.Line line, long available, EventBuffer events) {
        String detail = line.quantity + " × " + line.sku + " asked, " + available + " available";
        if (conclude(reservation, ReservationStatus.REFUSED, detail)) {
            events.add(
                    Topic.INVENTORY_STOCK_RESERVED,
                    line.sku,
                    new StockReserved(
                            line.sku, reservation.id, line.quantity, available, false, StockReserved.OUT_OF_STOCK));
        }
    }

    /** Ends a pending reservation; false when it is no longer pending (cancelled meanwhile, or redelivered). */
    static boolean conclude(Reservation reservation, ReservationStatus status, String reason) {
        ReservationStatus from =
                status == ReservationStatus.SHIPPED ? ReservationStatus.RESERVED : ReservationStatus.PENDING;
        if (reservation.status != from) {
            return false;
        }
        reservation.status = status;
        reservation.reason = reason;
        reservation.updatedAt = Instant.now();
        return true;
    }

    static void setOnHand(StockItem item, long onHand) {
        if (onHand < item.reserved) {
            throw new ConflictException("sku " + item.id + " has " + item.reserved
                    + " units held for orders; on hand cannot go below that (asked " + onHand + ")");
        }
        item.onHand = onHand;
    }

    void recordSale(StockItem item, int quantity, LocalDate today) {
        LocalDate oldest = today.minusDays(config.velocityWindowDays() - 1L);
        item.sales.removeIf(s -> s.day.isBefore(oldest));
        StockItem.DailySales day = item.sales.stream()
                .filter(s -> s.day.equals(today))
                .findFirst()
                .orElseGet(() -> {
                    StockItem.DailySales created = new StockItem.DailySales();
                    created.day = today;
                    item.sales.add(created);
                    return created;
                });
        day.units += quantity;
    }

    public Reorder reorder(StockItem item) {
        return reorder(item, LocalDate.now(ZoneOffset.UTC));
    }

    /** The reorder suggestion as of {@code today} (UTC). */
    Reorder reorder(StockItem item, LocalDate today) {
        BigDecimal velocity = velocity(item, today);
        return new Reorder(velocity, suggestedReorder(item, velocity));
    }

    /** Units sold per day over the velocity window. */
    private BigDecimal velocity(StockItem item, LocalDate today) {
        LocalDate oldest = today.minusDays(config.velocityWindowDays() - 1L);
        long units = item.sales.stream()
                .filter(s -> !s.day.isBefore(oldest))
                .mapToLong(s -> s.units)
                .sum();
        return BigDecimal.valueOf(units)
                .divide(BigDecimal.valueOf(config.velocityWindowDays()), 2, RoundingMode.HALF_UP);
    }

    /**
     * Enough to sell through the lead time and the cover period at the current velocity, and at
     * least enough to lift the sku above its threshold; none when what is available already does.
     */
    private long suggestedReorder(StockItem item, BigDecimal velocity) {
        long target = velocity.multiply(BigDecimal.valueOf(config.leadTimeDays() + config.coverDays()))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Math.max(0, Math.max(target, item.lowThreshold + 1) - item.available);
    }

    /** Announces the item's new state, and the low, depleted and reorder alerts it crossed into. */
    void announce(StockItem item, long availableBefore, EventBuffer events) {
        Instant now = Instant.now();
        item.updatedAt = now;
        item.available = item.onHand - item.reserved;
        long available = item.available;
        events.add(
                Topic.INVENTORY_STOCK_UPDATED,
                item.id,
                new StockUpdated(item.id, item.productId, item.onHand, item.reserved, available));
        if (available == 0 && availableBefore > 0) {
            events.add(Topic.INVENTORY_STOCK_DEPLETED, item.id, new StockDepleted(item.id, item.productId));
        }
        if (available > item.lowThreshold) {
            item.lowAnnounced = false;
        } else if (!item.lowAnnounced) {
            item.lowAnnounced = true;
            events.add(
                    Topic.INVENTORY_STOCK_LOW,
                    item.id,
                    new StockLow(item.id, item.productId, available, item.lowThreshold));
            Reorder reorder = reorder(item);
            events.add(
                    Topic.INVENTORY_REORDER_SUGGESTED,
                    item.id,
                    new ReorderSuggested(
                            item.id, item.productId, available, reorder.dailyVelocity(), reorder.suggestedQuantity()));
        }
    }
}
