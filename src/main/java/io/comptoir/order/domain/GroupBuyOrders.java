package io.comptoir.order.domain;

import io.comptoir.events.groupbuy.GroupClosed;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A group buy closed: one order per member for their quantity at the tier's unit price, under the
 * order id the group buy engine derived from the group and the customer, so a redelivered close
 * (or two replicas handling it) places each order once.
 */
@ApplicationScoped
public class GroupBuyOrders {

    private final OrderService orders;
    private final OrderRepository stored;
    private final CatalogEntryRepository catalog;

    GroupBuyOrders(OrderService orders, OrderRepository stored, CatalogEntryRepository catalog) {
        this.orders = orders;
        this.stored = stored;
        this.catalog = catalog;
    }

    public void onGroupClosed(GroupClosed closed, EventEnvelope event) {
        String name = catalog.findByIdOptional(closed.productId())
                .map(entry -> entry.name)
                .orElse(null);
        for (GroupClosed.Participant member : closed.participants()) {
            if (stored.findByIdOptional(member.orderId()).isPresent()) {
                continue;
            }
            Money total = closed.unitPrice().times(member.quantity());
            Order order = new Order();
            order.id = member.orderId();
            order.customerId = member.customerId();
            Order.Line line = new Order.Line();
            line.productId = closed.productId();
            line.sku = closed.sku();
            line.name = name;
            line.quantity = member.quantity();
            line.listPrice = closed.unitPrice();
            line.unitPrice = closed.unitPrice();
            line.lineTotal = total;
            order.lines.add(line);
            order.subtotal = total;
            order.total = total;
            try {
                orders.store(order, PaymentMethod.valueOf(member.paymentMethod()), Instant.now(), Cause.of(event));
            } catch (DuplicateAggregateException placed) {
                // placed meanwhile by another replica handling the same close
            }
        }
    }
}
