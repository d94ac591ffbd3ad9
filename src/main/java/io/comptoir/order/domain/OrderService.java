package io.comptoir.order.domain;

import com.mongodb.client.model.Filters;
import io.comptoir.events.Topic;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.promotion.PromoCodeRedeemed;
import io.comptoir.events.shipping.ShipmentDelivered;
import io.comptoir.events.shipping.ShipmentUpdated;
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
import io.comptoir.order.config.OrderConfig;
import io.comptoir.order.config.PointsConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Placing orders from the engine's own catalogue view, and moving them through their lifecycle. */
@ApplicationScoped
public class OrderService {

    /** What a customer asks for: a quantity of one sku of one product. */
    public record Item(String productId, String sku, int quantity) {}

    /**
     * Items priced as checkout would price them now: the priced order when at least one item can
     * be ordered, the items that cannot (by index), and why the promo code does not apply.
     */
    public record Pricing(
            Optional<Promotions.Result> result,
            Map<Integer, Problem.FieldError> itemErrors,
            Optional<String> codeError) {

        List<Problem.FieldError> errors() {
            List<Problem.FieldError> errors = new ArrayList<>(itemErrors.values());
            codeError.ifPresent(e -> errors.add(new Problem.FieldError("promoCode", e)));
            return errors;
        }
    }

    private final OrderRepository orders;
    private final CatalogEntryRepository catalog;
    private final PromoCodeTermsRepository codes;
    private final OfferRepository offers;
    private final OrderConfig config;
    private final PointsConfig points;

    OrderService(
            OrderRepository orders,
            CatalogEntryRepository catalog,
            PromoCodeTermsRepository codes,
            OfferRepository offers,
            OrderConfig config,
            PointsConfig points) {
        this.orders = orders;
        this.config = config;
        this.points = points;
        this.catalog = catalog;
        this.codes = codes;
        this.offers = offers;
    }

    /**
     * Places an order for {@code items} at the catalogue's prices with the running offers, the
     * promo code and the loyalty points to redeem, if any, applied; 422 naming every item, code or
     * points that cannot be. {@code orderId} is given by a checkout (so a retried checkout finds
     * its order), else generated.
     */
    public Order place(
            String orderId,
            String customerId,
            List<Item> items,
            String promoCode,
            long pointsToRedeem,
            PaymentMethod paymentMethod,
            Cause cause) {
        Pricing pricing = price(customerId, items, promoCode);
        if (!pricing.errors().isEmpty() || pricing.result().isEmpty()) {
            throw new UnprocessableException("some items cannot be ordered", pricing.errors());
        }
        Promotions.Result priced = PointsRedemption.apply(pricing.result().get(), pointsToRedeem, points);
        Instant now = Instant.now();
        Order order = new Order();
        order.id = orderId;
        order.customerId = customerId;
        for (Promotions.PricedLine p : priced.lines()) {
            Order.Line line = new Order.Line();
            line.productId = p.item().productId();
            line.sku = p.item().sku();
            line.name = p.item().name();
            line.quantity = p.item().quantity();
            line.listPrice = p.item().listPrice();
            line.unitPrice = p.unitPrice();
            line.lineTotal = p.lineTotal();
            line.saleId = p.saleId();
            order.lines.add(line);
        }
        order.subtotal = priced.subtotal();
        order.discounts = priced.discounts().stream().map(Order.Discount::of).collect(Collectors.toList());
        order.promoCode = normalize(promoCode);
        order.total = priced.total();
        return store(order, paymentMethod, now, cause);
    }

    /** Stores a priced order as placed at {@code now} (with its payment deadline) and announces it. */
    Order store(Order order, PaymentMethod paymentMethod, Instant now, Cause cause) {
        order.paymentMethod = paymentMethod;
        order.status = OrderStatus.PLACED;
        order.history.add(new Order.Transition(OrderStatus.PLACED, now, null));
        order.placedAt = now;
        order.updatedAt = now;
        if (paymentMethod != PaymentMethod.CASH_ON_DELIVERY) {
            order.paymentDueBy = now.plus(config.paymentTimeout());
        }
        return orders.create(order, cause, events -> events.add(Topic.ORDER_ORDER_PLACED, order.id, placed(order)));
    }

    /** Prices {@code items} as {@link #place} would, without placing anything. */
    public Pricing price(String customerId, List<Item> items, String promoCode) {
        Instant now = Instant.now();
        Map<Integer, Problem.FieldError> errors = new TreeMap<>();
        Map<String, Optional<CatalogEntry>> products = new HashMap<>();
        List<Promotions.Item> resolved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            CatalogEntry product = products.computeIfAbsent(item.productId(), catalog::findByIdOptional)
                    .orElse(null);
            if (product == null || !product.orderable()) {
                errors.put(
                        i,
                        new Problem.FieldError(
                                "items[" + i + "].productId", "no orderable product " + item.productId()));
                continue;
            }
            Optional<Money> price = product.price(item.sku());
            if (price.isEmpty()) {
                errors.put(
                        i,
                        new Problem.FieldError(
                                "items[" + i + "].sku",
                                product.hasSku(item.sku())
                                        ? "sku " + item.sku() + " has no price yet"
                                        : "product " + item.productId() + " has no sku " + item.sku()));
                continue;
            }
            if (!resolved.isEmpty()
                    && !resolved.getFirst()
                            .listPrice()
                            .currency()
                            .equals(price.get().currency())) {
                errors.put(
                        i,
                        new Problem.FieldError(
                                "items[" + i + "].sku", "all items must be priced in the same currency"));
                continue;
            }
            resolved.add(new Promotions.Item(
                    item.productId(), item.sku(), product.name, product.categoryId, item.quantity(), price.get()));
        }
        if (resolved.isEmpty()) {
            return new Pricing(Optional.empty(), errors, Optional.empty());
        }
        List<Offer> running = offers.running(now);
        Optional<String> codeError = Optional.empty();
        PromoCodeTerms terms = null;
        if (promoCode != null && !promoCode.isBlank()) {
            try {
                terms = usableCode(normalize(promoCode), customerId, now);
                return new Pricing(Optional.of(Promotions.apply(resolved, running, terms)), errors, codeError);
            } catch (Promotions.CodeNotApplicable e) {
                codeError = Optional.of(e.getMessage());
            }
        }
        return new Pricing(Optional.of(Promotions.apply(resolved, running, null)), errors, codeError);
    }

    /**
     * The code's terms when it can be used now by this customer, judged on this engine's own
     * orders; the promotion engine confirms or refuses each redemption afterwards.
     */
    private PromoCodeTerms usableCode(String code, String customerId, Instant now) {
        PromoCodeTerms terms = codes.findByIdOptional(code)
                .orElseThrow(() -> new Promotions.CodeNotApplicable("no promo code " + code));
        if (!terms.validAt(now)) {
            throw new Promotions.CodeNotApplicable(
                    "code " + code + " is valid from " + terms.validFrom + " until " + terms.validUntil);
        }
        if (terms.globalLimit != null && orders.uses(code, null) >= terms.globalLimit) {
            throw new Promotions.CodeNotApplicable("code " + code + " has been used up");
        }
        if (terms.perCustomerLimit != null && orders.uses(code, customerId) >= terms.perCustomerLimit) {
            throw new Promotions.CodeNotApplicable(
                    "code " + code + " can be used " + terms.perCustomerLimit + " time(s) per customer");
        }
        return terms;
    }

    /** Codes are case-insensitive: kept upper-case. */
    public static String normalize(String promoCode) {
        return promoCode == null || promoCode.isBlank()
                ? null
                : promoCode.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Moves an order to {@code target}; an illegal transition is a conflict and changes nothing. A
     * confirmation of an order held by the fraud engine is remembered and done when it is cleared.
     */
    public Order transition(String id, OrderStatus target, String reason, Cause cause) {
        return orders.modify(id, cause, (order, events) -> {
                    if (target == OrderStatus.CONFIRMED
                            && order.status == OrderStatus.PLACED
                            && FraudHold.held(order)) {
                        order.fraud.confirmWhenCleared = true;
                        return order;
                    }
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
        if (!stock.reserved()) {
            cancel(stock.orderId(), stock.reason(), event);
        }
    }

    /**
     * The promotion engine refused the order's promo code (its limit was reached by concurrent
     * orders, or it expired meanwhile): the order is cancelled with reason {@code
     * PROMO_CODE_REFUSED}, as for stock.
     */
    public void onCodeRedeemed(PromoCodeRedeemed redemption, EventEnvelope event) {
        if (!redemption.redeemed()) {
            cancel(redemption.orderId(), redemption.reason(), event);
        }
    }

    /** The carrier's first report after the label: the order is shipped. */
    public void onShipmentUpdated(ShipmentUpdated update, EventEnvelope event) {
        if (!"DELIVERED".equals(update.status())) {
            advance(update.orderId(), OrderStatus.SHIPPED, event);
        }
    }

    /** Delivered (shipped first, if the dispatch report has not come yet). */
    public void onShipmentDelivered(ShipmentDelivered delivered, EventEnvelope event) {
        advance(delivered.orderId(), OrderStatus.DELIVERED, event);
    }

    private void advance(String orderId, OrderStatus target, EventEnvelope event) {
        orders.applyIfPresent(orderId, event, (order, events) -> {
            if (target == OrderStatus.DELIVERED && order.status.canBecome(OrderStatus.SHIPPED)) {
                move(order, OrderStatus.SHIPPED, null, events);
            }
            if (order.status.canBecome(target)) {
                move(order, target, null, events);
            }
        });
    }

    void cancel(String orderId, String reason, EventEnvelope event) {
        orders.applyIfPresent(orderId, event, (order, events) -> {
            if (order.status.canBecome(OrderStatus.CANCELLED)) {
                move(order, OrderStatus.CANCELLED, reason, events);
            }
        });
    }

    static void move(Order order, OrderStatus target, String reason, EventBuffer events) {
        OrderStatus previous = order.status;
        Instant now = Instant.now();
        order.status = target;
        order.history.add(new Order.Transition(target, now, reason));
        order.updatedAt = now;
        events.add(
                target.topic(),
                order.id,
                new OrderStatusChanged(
                        order.id,
                        order.customerId,
                        previous.name(),
                        target.name(),
                        order.total,
                        reason,
                        now,
                        order.promoCode));
    }

    /** Orders by status, and revenue per currency of the orders not cancelled nor refunded. */
    public record OrderStats(Map<OrderStatus, Long> orders, Map<String, Long> revenue) {}

    public OrderStats stats() {
        Map<OrderStatus, Long> byStatus = new LinkedHashMap<>();
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, orders.count("status", status.name()));
        }
        Map<String, Long> revenue = orders.sumByCurrency(
                "total", Filters.nin("status", OrderStatus.CANCELLED.name(), OrderStatus.REFUNDED.name()));
        return new OrderStats(byStatus, revenue);
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
        return paging.of(found);
    }

    private static OrderPlaced placed(Order order) {
        return new OrderPlaced(
                order.id,
                order.customerId,
                order.lines.stream()
                        .map(l -> new OrderPlaced.Line(
                                l.productId, l.sku, l.name, l.quantity, l.listPrice, l.unitPrice, l.lineTotal))
                        .toList(),
                order.subtotal,
                order.discounts.stream()
                        .map(d -> new OrderPlaced.Discount(d.kind, d.reference, d.amount))
                        .toList(),
                order.promoCode,
                order.total,
                order.paymentMethod.name(),
                order.placedAt);
    }
}
