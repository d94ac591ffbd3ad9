package io.comptoir.order.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Placing orders from the engine's own catalogue view, and moving them through their lifecycle. */
@ApplicationScoped
public class OrderService {

    /** What a customer asks for: a quantity of one sku of one product. */
    public record Item(String productId, String sku, int quantity) {}

    private final OrderRepository orders;
    private final CatalogEntryRepository catalog;

    OrderService(OrderRepository orders, CatalogEntryRepository catalog) {
        this.orders = orders;
        this.catalog = catalog;
    }

    public Order place(String customerId, List<Item> items, PaymentMethod paymentMethod, Cause cause) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Optional<CatalogEntry>> products = new HashMap<>();
        Order order = new Order();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            CatalogEntry product = products.computeIfAbsent(item.productId(), catalog::findByIdOptional)
                    .orElse(null);
            if (product == null || !product.orderable()) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].productId", "no orderable product " + item.productId()));
                continue;
            }
            Optional<Money> price = product.price(item.sku());
            if (price.isEmpty()) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].sku",
                        product.hasSku(item.sku())
                                ? "sku " + item.sku() + " has no price yet"
                                : "product " + item.productId() + " has no sku " + item.sku()));
                continue;
            }
            Order.Line line = new Order.Line();
            line.productId = item.productId();
            line.sku = item.sku();
            line.name = product.name;
            line.quantity = item.quantity();
            line.unitPrice = price.get();
            line.lineTotal = price.get().times(item.quantity());
            order.lines.add(line);
        }
        if (errors.isEmpty()
                && order.lines.stream()
                                .map(l -> l.unitPrice.currency())
                                .distinct()
                                .count()
                        > 1) {
            errors.add(new Problem.FieldError("items", "all items must be priced in the same currency"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("some items cannot be ordered", errors);
        }
        Instant now = Instant.now();
        order.customerId = customerId;
        order.paymentMethod = paymentMethod;
        order.total =
                order.lines.stream().map(l -> l.lineTotal).reduce(Money::plus).orElseThrow();
        order.status = OrderStatus.PLACED;
        order.history.add(new Order.Transition(OrderStatus.PLACED, now, null));
        order.placedAt = now;
        order.updatedAt = now;
        return orders.create(order, cause, events -> events.add(Topic.ORDER_ORDER_PLACED, order.id, placed(order)));
    }

    /** Moves an order to {@code target}; an illegal transition is a conflict and changes nothing. */
    public Order transition(String id, OrderStatus target, String reason, Cause cause) {
        return orders.modify(id, cause, (order, events) -> {
                    if (!order.status.canBecome(target)) {
                        throw new ConflictException("an order " + order.status + " cannot become " + target
                                + (order.status.next().isEmpty() ? "" : "; it can become " + order.status.next()));
                    }
                    move(order, target, reason, events);
                    return order;
                })
                .orElseThrow(() -> new NotFoundException("no order " + id));
    }

    /**
     * The inventory could not hold an order's stock: the order is cancelled with the inventory's
     * reason ({@code OUT_OF_STOCK}), unless it has already moved past cancellation or been cancelled.
     */
    public void onStockReserved(StockReserved stock, EventEnvelope event) {
        if (stock.reserved()) {
            return;
        }
        orders.applyIfPresent(stock.orderId(), event, (order, events) -> {
            if (order.status.canBecome(OrderStatus.CANCELLED)) {
                move(order, OrderStatus.CANCELLED, stock.reason(), events);
            }
        });
    }

    private static void move(Order order, OrderStatus target, String reason, EventBuffer events) {
        OrderStatus previous = order.status;
        Instant now = Instant.now();
        order.status = target;
        order.history.add(new Order.Transition(target, now, reason));
        order.updatedAt = now;
        events.add(
                target.topic(),
                order.id,
                new OrderStatusChanged(
                        order.id, order.customerId, previous.name(), target.name(), order.total, reason, now));
    }

    public Optional<Order> find(String id) {
        return orders.findByIdOptional(id);
    }

    public PageResponse<Order> list(String customerId, OrderStatus status, PageRequest paging) {
        Map<String, Object> filter = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        if (customerId != null) {
            clauses.add("customerId = :customerId");
            filter.put("customerId", customerId);
        }
        if (status != null) {
            clauses.add("status = :status");
            filter.put("status", status.name());
        }
        Sort newestFirst = Sort.by("placedAt", Sort.Direction.Descending).and("_id");
        var found = clauses.isEmpty()
                ? orders.findAll(newestFirst)
                : orders.find(String.join(" and ", clauses), newestFirst, filter);
        return new PageResponse<>(found.page(paging.toPanache()).list(), paging.page, paging.size, found.count());
    }

    private static OrderPlaced placed(Order order) {
        return new OrderPlaced(
                order.id,
                order.customerId,
                order.lines.stream()
                        .map(l ->
                                new OrderPlaced.Line(l.productId, l.sku, l.name, l.quantity, l.unitPrice, l.lineTotal))
                        .toList(),
                order.total,
                order.paymentMethod.name(),
                order.placedAt);
    }
}
