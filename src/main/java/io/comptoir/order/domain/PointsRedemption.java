package io.comptoir.order.domain;

import io.comptoir.events.loyalty.PointsRedeemed;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.order.config.PointsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The order's side of loyalty points: at placement the points asked for come off the total as a
 * {@code POINTS} discount, optimistically (this engine does not know the balance); the loyalty
 * engine reserves them on {@code order.order.placed}, or refuses them, which cancels the order
 * ({@code POINTS_REFUSED}), as a refused promo code does.
 */
@ApplicationScoped
public class PointsRedemption {

    static final String FIELD = "pointsToRedeem";

    private final OrderService orders;

    PointsRedemption(OrderService orders) {
        this.orders = orders;
    }

    /** {@code priced} less {@code points} at their value; 422 when the order's currency takes none or they exceed its total. */
    static Promotions.Result apply(Promotions.Result priced, long points, PointsConfig config) {
        if (points == 0) {
            return priced;
        }
        Money total = priced.total();
        if (!config.currency().equals(total.currency())) {
            throw refused("points can be redeemed against orders in " + config.currency() + " only");
        }
        Money off = Money.of(Math.multiplyExact(points, config.value()), total.currency());
        if (off.compareTo(total) > 0) {
            throw refused("at most " + total.amount() / config.value() + " points can be redeemed against this order ("
                    + total + ", " + config.value() + " per point)");
        }
        List<Promotions.Discount> discounts = new ArrayList<>(priced.discounts());
        discounts.add(new Promotions.Discount(OrderPlaced.POINTS, Long.toString(points), off));
        return new Promotions.Result(priced.lines(), priced.subtotal(), discounts, total.minus(off));
    }

    /** The loyalty engine refused the order's points: the order is cancelled, as for stock or a promo code. */
    public void onPointsRedeemed(PointsRedeemed redemption, EventEnvelope event) {
        if (PointsRedeemed.REFUSED.equals(redemption.status())) {
            orders.cancel(redemption.orderId(), PointsRedeemed.REFUSED_REASON, event);
        }
    }

    private static UnprocessableException refused(String message) {
        return new UnprocessableException(message, List.of(new Problem.FieldError(FIELD, message)));
    }
}
