package io.comptoir.analytics.domain;

import io.comptoir.analytics.config.AnalyticsConfig;
import io.comptoir.analytics.domain.Kpis.ProductKpi;
import io.comptoir.events.Topic;
import io.comptoir.events.analytics.ConversionRecorded;
import io.comptoir.events.analytics.EventTracked;
import io.comptoir.events.analytics.SessionEnded;
import io.comptoir.events.analytics.SessionStarted;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Sessions from tracked events, conversions from the orders their customers place, and the KPIs
 * from the engine's own copies of order and view events.
 */
@ApplicationScoped
public class AnalyticsService {

    private final SessionRepository sessions;
    private final TrackedOrderRepository orders;
    private final ProductViewsRepository views;
    private final AnalyticsConfig config;

    AnalyticsService(
            SessionRepository sessions,
            TrackedOrderRepository orders,
            ProductViewsRepository views,
            AnalyticsConfig config) {
        this.sessions = sessions;
        this.orders = orders;
        this.views = views;
        this.config = config;
    }

    /** Tracks one event, starting its session with the first; an ended session takes no more (409). */
    public Session track(
            String sessionId, String customerId, String name, Map<String, String> properties, Cause cause) {
        return sessions.upsert(sessionId, cause, Session::new, (session, events) -> {
            if (session.endedAt != null) {
                throw new ConflictException("session " + sessionId + " has ended: start a new one");
            }
            Instant now = Instant.now();
            if (session.customerId == null) {
                session.customerId = customerId;
            }
            if (session.startedAt == null) {
                session.startedAt = now;
                events.add(
                        Topic.ANALYTICS_SESSION_STARTED,
                        sessionId,
                        new SessionStarted(sessionId, session.customerId, now));
            }
            session.events++;
            session.lastEventAt = now;
            events.add(
                    Topic.ANALYTICS_EVENT_TRACKED,
                    sessionId,
                    new EventTracked(sessionId, session.customerId, name, properties, now));
        });
    }

    /**
     * Ends the sessions idle for the timeout, each at its last event; a versioned write per
     * session, so with several replicas each session ends, and is announced, once.
     */
    public int endIdleSessions() {
        Instant cutoff = Instant.now().minus(config.sessionTimeout());
        Document idle = new Document("endedAt", null).append("lastEventAt", new Document("$lt", Date.from(cutoff)));
        return sessions.modifyEach(sessions.list(idle), Cause.scheduled(), (session, events) -> {
            if (session.endedAt != null || !session.lastEventAt.isBefore(cutoff)) {
                return false;
            }
            session.endedAt = session.lastEventAt;
            events.add(
                    Topic.ANALYTICS_SESSION_ENDED,
                    session.id,
                    new SessionEnded(session.id, session.endedAt, session.events));
            return true;
        });
    }

    /**
     * Keeps the order for the KPIs and converts the customer's session active when it was placed
     * (the latest started before it, with an event within the timeout before it): once per order.
     */
    public void placed(OrderPlaced order, EventEnvelope event) {
        orders.apply(order.orderId(), event, TrackedOrder::new, (tracked, events) -> {
            if (tracked.total == null) {
                tracked.total = order.total();
                order.lines()
                        .forEach(l -> tracked.items.add(new TrackedOrder.Item(
                                l.productId(), l.quantity(), l.lineTotal().amount())));
            }
        });
        Document active = new Document("customerId", order.customerId())
                .append("startedAt", new Document("$lte", Date.from(order.placedAt())))
                .append(
                        "lastEventAt",
                        new Document("$gte", Date.from(order.placedAt().minus(config.sessionTimeout()))));
        sessions.find(active, new Document("startedAt", -1))
                .firstResultOptional()
                .ifPresent(found -> sessions.applyIfPresent(found.id, event, (session, events) -> {
                    if (!session.orders.contains(order.orderId())) {
                        session.orders.add(order.orderId());
                        events.add(
                                Topic.ANALYTICS_CONVERSION_RECORDED,
                                session.id,
                                new ConversionRecorded(session.id, session.customerId, order.orderId(), order.total()));
                    }
                }));
    }

    public void confirmed(OrderStatusChanged order, EventEnvelope event) {
        orders.apply(order.orderId(), event, TrackedOrder::new, (tracked, events) -> {
            if (tracked.confirmedAt == null) {
                tracked.confirmedAt = order.changedAt();
            }
        });
    }

    public void undone(OrderStatusChanged order, EventEnvelope event) {
        orders.apply(order.orderId(), event, TrackedOrder::new, (tracked, events) -> tracked.undone = true);
    }

    public void viewed(ProductViewed view, EventEnvelope event) {
        String day = LocalDate.ofInstant(event.time(), ZoneOffset.UTC).toString();
        views.apply(view.productId() + "/" + day, event, ProductViews::new, (counter, events) -> {
            counter.productId = view.productId();
            counter.day = day;
            counter.views++;
        });
    }

    public Kpis kpis(Instant from, Instant to, int top) {
        String currency = config.currency();
        List<TrackedOrder> confirmed = orders.list(
                new Document("confirmedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))
                        .append("undone", false));
        confirmed.removeIf(o -> o.total == null || !currency.equals(o.total.currency()));
        long revenue = confirmed.stream().mapToLong(o -> o.total.amount()).sum();
        Map<String, long[]> products = new HashMap<>(); // units, revenue, views
        confirmed.stream().flatMap(o -> o.items.stream()).forEach(i -> {
            long[] row = products.computeIfAbsent(i.productId, k -> new long[3]);
            row[0] += i.units;
            row[1] += i.amount;
        });
        String firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC).toString();
        String lastDay = LocalDate.ofInstant(to, ZoneOffset.UTC).toString();
        views.list(new Document("day", new Document("$gte", firstDay).append("$lte", lastDay)))
                .forEach(v -> products.computeIfAbsent(v.productId, k -> new long[3])[2] += v.views);
        Document started =
                new Document("startedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
        long sessionCount = sessions.count(started);
        long converted = sessions.count(new Document(started).append("orders.0", new Document("$exists", true)));
        return new Kpis(
                from,
                to,
                Money.of(revenue, currency),
                confirmed.size(),
                confirmed.isEmpty()
                        ? null
                        : Money.of(ratio(revenue, confirmed.size(), 0).longValueExact(), currency),
                sessionCount,
                converted,
                sessionCount == 0 ? null : ratio(converted * 100, sessionCount, 2),
                products.entrySet().stream()
                        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                                .thenComparingLong(e -> -e.getValue()[2])
                                .thenComparing(Map.Entry::getKey))
                        .limit(top)
                        .map(e -> new ProductKpi(
                                e.getKey(), e.getValue()[0], Money.of(e.getValue()[1], currency), e.getValue()[2]))
                        .toList());
    }

    /** Sessions in all, open, ended and converted; conversions; orders known and counted; product views. */
    public record AnalyticsStats(
            long sessions, long openSessions, long convertedSessions, long conversions, long orders, long views) {}

    public AnalyticsStats stats() {
        long conversions = sessions.streamAll().mapToLong(s -> s.orders.size()).sum();
        return new AnalyticsStats(
                sessions.count(),
                sessions.count(new Document("endedAt", null)),
                sessions.count(new Document("orders.0", new Document("$exists", true))),
                conversions,
                orders.count(),
                views.sum("views").get("views"));
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
