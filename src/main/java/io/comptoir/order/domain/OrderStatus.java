package io.comptoir.order.domain;

import io.comptoir.events.Topic;
import java.util.EnumSet;
import java.util.Set;

/** The order lifecycle and its legal transitions; each status reached has its topic. */
public enum OrderStatus {
    PLACED(null),
    CONFIRMED(Topic.ORDER_ORDER_CONFIRMED),
    SHIPPED(Topic.ORDER_ORDER_SHIPPED),
    DELIVERED(Topic.ORDER_ORDER_DELIVERED),
    CANCELLED(Topic.ORDER_ORDER_CANCELLED),
    REFUNDED(Topic.ORDER_ORDER_REFUNDED);

    private final Topic reached;

    OrderStatus(Topic reached) {
        this.reached = reached;
    }

    /** The topic announcing that an order reached this status (placement has its own payload). */
    public Topic topic() {
        return reached;
    }

    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus target) {
        return next().contains(target);
    }
}
