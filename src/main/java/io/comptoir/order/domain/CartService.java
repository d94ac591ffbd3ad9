package io.comptoir.order.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.order.CartUpdated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.types.ObjectId;

/**
 * Carts: items added, changed and removed, a promo code entered, each change announced on {@code
 * order.cart.updated} with the cart as now priced; checkout places the cart as an order through
 * {@link OrderService#place} (same prices, offers and code rules) and empties it.
 */
@ApplicationScoped
public class CartService {

    /** Most distinct skus in a cart. */
    static final int MAX_LINES = 50;
    /** Most units of one sku in a cart, as in an order. */
    static final int MAX_QUANTITY = 1000;

    /** A cart priced now: {@code pricing} follows the order of {@code cart.lines}. */
    public record PricedCart(Cart cart, OrderService.Pricing pricing) {

        /** The priced line of each cart line, empty for a line that cannot be ordered now. */
        public List<Optional<Promotions.PricedLine>> pricedLines() {
            List<Optional<Promotions.PricedLine>> priced = new ArrayList<>();
            Iterator<Promotions.PricedLine> next =
                    pricing.result().map(r -> r.lines().iterator()).orElse(Collections.emptyIterator());
            for (int i = 0; i < cart.lines.size(); i++) {
                priced.add(pricing.itemErrors().containsKey(i) ? Optional.empty() : Optional.of(next.next()));
            }
            return priced;
        }
    }

    private final CartRepository carts;
    private final OrderService orders;

    CartService(CartRepository carts, OrderService orders) {
        this.carts = carts;
        this.orders = orders;
    }

    public PricedCart view(String customerId) {
        Cart cart = carts.findByIdOptional(customerId).orElseGet(() -> {
            Cart empty = new Cart();
            empty.id = customerId;
            return empty;
        });
        return priced(cart);
    }

    /** Adds units of a sku that can be ordered now (422 otherwise), to its line if it has one. */
    public PricedCart add(String customerId, String productId, String sku, int quantity, Cause cause) {
        OrderService.Pricing alone =
                orders.price(customerId, List.of(new OrderService.Item(productId, sku, quantity)), null);
        if (!alone.itemErrors().isEmpty()) {
            throw new UnprocessableException(
                    "this item cannot be ordered", fields(alone.itemErrors().values()));
        }
        return change(customerId, cause, cart -> {
            Optional<Cart.Line> line = cart.line(sku);
            if (line.isPresent() && !line.get().productId.equals(productId)) {
                throw new UnprocessableException(
                        "sku " + sku + " is in the cart for product " + line.get().productId,
                        List.of(new Problem.FieldError(
                                "productId", "sku " + sku + " belongs to " + line.get().productId)));
            }
            if (line.isEmpty() && cart.lines.size() >= MAX_LINES) {
                throw new UnprocessableException(
                        "a cart holds at most " + MAX_LINES + " skus",
                        List.of(new Problem.FieldError("sku", "the cart is full")));
            }
            int total = line.map(l -> l.quantity).orElse(0) + quantity;
            if (total > MAX_QUANTITY) {
                throw new UnprocessableException(
                        "at most " + MAX_QUANTITY + " units of a sku",
                        List.of(new Problem.FieldError("quantity", "the cart would hold " + total + " units")));
            }
            line.ifPresentOrElse(
                    l -> l.quantity = total, () -> cart.lines.add(new Cart.Line(productId, sku, quantity)));
        });
    }

    /** Sets a sku's quantity; 404 when the sku is not in the cart. */
    public PricedCart setQuantity(String customerId, String sku, int quantity, Cause cause) {
        return change(customerId, cause, cart -> inCart(cart, sku).quantity = quantity);
    }

    public PricedCart remove(String customerId, String sku, Cause cause) {
        return change(customerId, cause, cart -> cart.lines.remove(inCart(cart, sku)));
    }

    /** Enters a promo code, which must apply to the cart as it is (422 saying why not). */
    public PricedCart setPromoCode(String customerId, String promoCode, Cause cause) {
        String code = OrderService.normalize(promoCode);
        return change(customerId, cause, cart -> {
            if (cart.lines.isEmpty()) {
                throw new UnprocessableException(
                        "add items before a promo code", List.of(new Problem.FieldError("code", "the cart is empty")));
            }
            orders.price(customerId, cart.items(), code).codeError().ifPresent(problem -> {
                throw new UnprocessableException(
                        "code " + code + " does not apply", List.of(new Problem.FieldError("code", problem)));
            });
            cart.promoCode = code;
        });
    }

    public PricedCart removePromoCode(String customerId, Cause cause) {
        return change(customerId, cause, cart -> cart.promoCode = null);
    }

    public PricedCart empty(String customerId, Cause cause) {
        return change(customerId, cause, cart -> {
            cart.lines.clear();
            cart.promoCode = null;
        });
    }

    /**
     * Places the cart as an order and takes the ordered lines out of it. The order id is chosen and
     * stored in the cart first, so a checkout retried after a failure between placing and emptying
     * returns the order already placed instead of placing it twice; any change to the cart in
     * between finishes that checkout first and makes the next one a new order.
     */
    public Order checkout(String customerId, PaymentMethod paymentMethod, long pointsToRedeem, Cause cause) {
        Cart cart = carts.modify(customerId, cause, (c, events) -> {
                    if (c.lines.isEmpty()) {
                        throw emptyCart();
                    }
                    if (c.checkoutOrderId == null) {
                        c.checkoutOrderId = new ObjectId().toHexString();
                    }
                    return c;
                })
                .orElseThrow(CartService::emptyCart);
        String orderId = cart.checkoutOrderId;
        Order order = orders.find(orderId).orElseGet(() -> {
            try {
                return orders.place(
                        orderId, customerId, cart.items(), cart.promoCode, pointsToRedeem, paymentMethod, cause);
            } catch (DuplicateAggregateException raced) {
                return orders.find(orderId).orElseThrow();
            }
        });
        carts.modify(customerId, cause, (c, events) -> {
            if (orderId.equals(c.checkoutOrderId)) {
                removeOrdered(c, order);
                touch(c, events);
            }
            return c;
        });
        return order;
    }

    private PricedCart change(String customerId, Cause cause, Consumer<Cart> change) {
        Cart cart = carts.upsert(customerId, cause, Cart::new, (c, events) -> {
            if (c.checkoutOrderId != null) {
                // A checkout in progress or interrupted: what it placed leaves the cart; a change
                // means the next checkout is a new order.
                orders.find(c.checkoutOrderId).ifPresent(placed -> removeOrdered(c, placed));
                c.checkoutOrderId = null;
            }
            change.accept(c);
            touch(c, events);
        });
        return priced(cart);
    }

    /** Takes what {@code order} placed out of the cart (lines added meanwhile stay) and ends the checkout. */
    private static void removeOrdered(Cart cart, Order order) {
        for (Order.Line ordered : order.lines) {
            cart.line(ordered.sku).ifPresent(line -> {
                line.quantity -= ordered.quantity;
                if (line.quantity <= 0) {
                    cart.lines.remove(line);
                }
            });
        }
        if (order.promoCode != null && order.promoCode.equals(cart.promoCode)) {
            cart.promoCode = null;
        }
        cart.checkoutOrderId = null;
    }

    /** Records the change and announces the cart as now priced. */
    private void touch(Cart cart, EventBuffer events) {
        cart.updatedAt = Instant.now();
        PricedCart priced = priced(cart);
        List<Optional<Promotions.PricedLine>> lines = priced.pricedLines();
        List<CartUpdated.CartLine> announced = new ArrayList<>();
        for (int i = 0; i < cart.lines.size(); i++) {
            Cart.Line line = cart.lines.get(i);
            announced.add(new CartUpdated.CartLine(
                    line.productId,
                    line.sku,
                    line.quantity,
                    lines.get(i).map(Promotions.PricedLine::unitPrice).orElse(null)));
        }
        events.add(
                Topic.ORDER_CART_UPDATED,
                cart.id,
                new CartUpdated(
                        cart.id,
                        announced,
                        priced.pricing().result().map(Promotions.Result::total).orElse(null),
                        cart.updatedAt));
    }

    private PricedCart priced(Cart cart) {
        return new PricedCart(cart, orders.price(cart.id, cart.items(), cart.promoCode));
    }

    private static Cart.Line inCart(Cart cart, String sku) {
        return cart.line(sku).orElseThrow(() -> new NotFoundException("sku " + sku + " is not in the cart"));
    }

    private static UnprocessableException emptyCart() {
        return new UnprocessableException(
                "the cart is empty", List.of(new Problem.FieldError("items", "add items before checking out")));
    }

    private static List<Problem.FieldError> fields(Collection<Problem.FieldError> errors) {
        return errors.stream()
                .map(e -> new Problem.FieldError(e.field().replaceFirst("^items\\[0]\\.", ""), e.message()))
                .toList();
    }
}
