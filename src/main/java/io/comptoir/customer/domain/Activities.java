package io.comptoir.customer.domain;

import io.comptoir.customer.config.CustomerConfig;
import io.comptoir.customer.domain.CustomerActivity.OrderEntry;
import io.comptoir.customer.domain.CustomerActivity.OrderState;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The customer view from other engines' events (orders, loyalty, payments), never from their
 * collections, and the RFM scores that follow from the orders. Each handler writes one document
 * atomically and is idempotent by event id and by business key (order, payment).
 */
@ApplicationScoped
public class Activities {

    private final ActivityRepository activities;
    private final Rfm rfm;
    private final CustomerConfig config;

    Activities(ActivityRepository activities, Rfm rfm, CustomerConfig config) {
        this.activities = activities;
        this.rfm = rfm;
        this.config = config;
    }

    public void placed(OrderPlaced order, EventEnvelope event) {
        activities.apply(order.customerId(), event, CustomerActivity::new, (activity, events) -> {
            entry(activity, order.orderId(), order.total()).placedAt = order.placedAt();
            summarise(activity, Instant.now());
        });
    }

    public void delivered(OrderStatusChanged order, EventEnvelope event) {
        changed(order, OrderState.DELIVERED, event);
    }

    public void cancelled(OrderStatusChanged order, EventEnvelope event) {
        changed(order, OrderState.CANCELLED, event);
    }

    public void refunded(OrderStatusChanged order, EventEnvelope event) {
        changed(order, OrderState.REFUNDED, event);
    }

    private void changed(OrderStatusChanged order, OrderState state, EventEnvelope event) {
        activities.apply(order.customerId(), event, CustomerActivity::new, (activity, events) -> {
            advance(entry(activity, order.orderId(), order.total()), state, order.changedAt());
            summarise(activity, Instant.now());
        });
    }

    /** The order's entry, made (as placed) the first time any of its events is heard of. */
    static OrderEntry entry(CustomerActivity activity, String orderId, Money total) {
        return activity.order(orderId).orElseGet(() -> {
            OrderEntry heard = new OrderEntry();
            heard.orderId = orderId;
            heard.total = total;
            heard.state = OrderState.PLACED;
            activity.orders.add(heard);
            return heard;
        });
    }

    /** Moves the order forward only; until its placement is heard of, it is dated by this event. */
    static void advance(OrderEntry entry, OrderState state, Instant at) {
        if (entry.placedAt == null) {
            entry.placedAt = at;
        }
        if (state.compareTo(entry.state) > 0) {
            entry.state = state;
        }
    }

    /** Loyalty figures are replaced by newer ones only: events of several topics may overtake each other. */
    public void pointsEarned(PointsEarned earned, EventEnvelope event) {
        activities.apply(earned.customerId(), event, CustomerActivity::new, (activity, events) -> {
            if (activity.loyaltyPointsAsOf == null || !event.time().isBefore(activity.loyaltyPointsAsOf)) {
                activity.loyaltyPoints = earned.balance();
                activity.loyaltyPointsAsOf = event.time();
            }
            tier(activity, earned.tier(), event.time());
        });
    }

    public void tierChanged(TierChanged changed, EventEnvelope event) {
        activities.apply(
                changed.customerId(),
                event,
                CustomerActivity::new,
                (activity, events) -> tier(activity, changed.tier(), event.time()));
    }

    private static void tier(CustomerActivity activity, String tier, Instant asOf) {
        if (activity.loyaltyTierAsOf == null || !asOf.isBefore(activity.loyaltyTierAsOf)) {
            activity.loyaltyTier = tier;
            activity.loyaltyTierAsOf = asOf;
        }
    }

    /** A completed payment counts once, and no longer as failed (Stripe's success outranks an earlier failure). */
    public void paymentCompleted(PaymentCompleted payment, EventEnvelope event) {
        activities.apply(payment.customerId(), event, CustomerActivity::new, (activity, events) -> {
            activity.failedPayments.remove(payment.paymentId());
            if (!activity.completedPayments.contains(payment.paymentId())) {
                activity.completedPayments.add(payment.paymentId());
            }
            if (activity.firstPaymentAt == null || payment.completedAt().isBefore(activity.firstPaymentAt)) {
                activity.firstPaymentAt = payment.completedAt();
            }
            countPayments(activity);
        });
    }

    public void paymentFailed(PaymentFailed payment, EventEnvelope event) {
        activities.apply(payment.customerId(), event, CustomerActivity::new, (activity, events) -> {
            if (!activity.completedPayments.contains(payment.paymentId())
                    && !activity.failedPayments.contains(payment.paymentId())) {
                activity.failedPayments.add(payment.paymentId());
            }
            countPayments(activity);
        });
    }

    private static void countPayments(CustomerActivity activity) {
        activity.paymentsCompleted = activity.completedPayments.size();
        activity.paymentsFailed = activity.failedPayments.size();
    }

    /** Order figures and RFM scores, from the order entries. */
    void summarise(CustomerActivity activity, Instant now) {
        long count = 0;
        long spent = 0;
        OrderEntry last = null;
        for (OrderEntry entry : activity.orders) {
            if (!entry.state.counts()) {
                continue;
            }
            count++;
            if (entry.total.currency().equals(config.currency())) {
                spent += entry.total.amount();
            }
            if (last == null || entry.placedAt.isAfter(last.placedAt)) {
                last = entry;
            }
        }
        activity.orderCount = count;
        activity.spent = Money.of(spent, config.currency());
        activity.lastOrderId = last == null ? null : last.orderId;
        activity.lastOrderAt = last == null ? null : last.placedAt;
        activity.ordersCancelled = activity.orders.stream()
                .filter(o -> o.state == OrderState.CANCELLED)
                .count();
        activity.ordersRefunded = activity.orders.stream()
                .filter(o -> o.state == OrderState.REFUNDED)
                .count();
        if (last == null) {
            activity.rfm = null;
            return;
        }
        long days = Math.max(0, Duration.between(last.placedAt, now).toDays());
        Rfm.Score score = rfm.score(days, count, spent);
        CustomerActivity.RfmScores scores = new CustomerActivity.RfmScores();
        scores.recency = score.recency();
        scores.frequency = score.frequency();
        scores.monetary = score.monetary();
        scores.segment = score.segment();
        scores.scoredAt = now;
        activity.rfm = scores;
    }

    /**
     * Scores again the customers scored longer than {@code refresh-every} ago (recency ages without
     * events); a versioned write each, so replicas racing on one customer write the same scores.
     */
    public int rescore(int batch) {
        Instant before = Instant.now().minus(config.rfm().refreshEvery());
        int changed = 0;
        List<CustomerActivity> stale;
        do {
            // Rescored documents leave the filter, so the first page is always the next one.
            stale = activities
                    .find(new Document("rfm.scoredAt", new Document("$lt", before)))
                    .page(0, batch)
                    .list();
            for (CustomerActivity activity : stale) {
                changed += activities
                        .modify(activity.id, Cause.scheduled(), (current, events) -> {
                            summarise(current, Instant.now());
                            return 1;
                        })
                        .orElse(0);
            }
        } while (stale.size() == batch);
        return changed;
    }

    public Optional<CustomerActivity> find(String customerId) {
        return activities.findByIdOptional(customerId);
    }

    /** Scored customers, in one RFM segment when given, best scored first. */
    public PageResponse<CustomerActivity> scored(RfmSegment segment, PageRequest paging) {
        Document filter = segment == null
                ? new Document("rfm", new Document("$ne", null))
                : new Document("rfm.segment", segment.name());
        return paging.of(activities.find(
                filter,
                new Document("rfm.recency", -1)
                        .append("rfm.frequency", -1)
                        .append("rfm.monetary", -1)
                        .append("_id", 1)));
    }

    /** Customers heard of, orders counted, amount spent, payments by outcome, customers per RFM segment. */
    public record ActivityCounts(
            long customersWithActivity,
            long ordersCounted,
            Money spent,
            long paymentsCompleted,
            long paymentsFailed,
            Map<RfmSegment, Long> rfmSegments) {}

    public ActivityCounts counts() {
        Map<String, Long> sums = activities.sum("orderCount", "paymentsCompleted", "paymentsFailed");
        Map<RfmSegment, Long> segments = new LinkedHashMap<>();
        for (RfmSegment segment : RfmSegment.values()) {
            segments.put(segment, activities.count("rfm.segment", segment.name()));
        }
        long spent = activities.sumByCurrency("spent", new Document()).getOrDefault(config.currency(), 0L);
        return new ActivityCounts(
                activities.count(),
                sums.get("orderCount"),
                Money.of(spent, config.currency()),
                sums.get("paymentsCompleted"),
                sums.get("paymentsFailed"),
                segments);
    }
}
