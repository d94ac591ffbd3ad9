package io.comptoir.suggestion.domain;

import com.mongodb.client.model.Filters;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.suggestion.config.SuggestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Keeps the suggestion engine's read model (catalogue view, views per session, co-views,
 * co-purchases, popularity) from catalog, inventory and order events, and answers suggestions
 * from it: similar products (same category, ranked by co-views), cross-sell (other categories,
 * ranked by co-purchases then co-views) and upsell (same category, dearer), topped up with popular
 * products; only products that can be bought are ever suggested.
 */
@ApplicationScoped
public class SuggestionService {

    /** Products of one order paired with each other, at most: a huge order says little about affinity. */
    private static final int ORDER_PAIRING_LIMIT = 20;
    /** A co-purchase says more about a cross-sell than a co-view. */
    private static final double CO_PURCHASE_WEIGHT = 3;
    /** The product being looked at counts more than the session's earlier views. */
    private static final double CURRENT_PRODUCT_WEIGHT = 2;

    private static final int CANDIDATES = 200;

    private final SuggestedProductRepository products;
    private final ProductCounterRepository counters;
    private final ProductPairRepository pairs;
    private final SessionViewsRepository sessions;
    private final SuggestionConfig config;

    SuggestionService(
            SuggestedProductRepository products,
            ProductCounterRepository counters,
            ProductPairRepository pairs,
            SessionViewsRepository sessions,
            SuggestionConfig config) {
        this.products = products;
        this.counters = counters;
        this.pairs = pairs;
        this.sessions = sessions;
        this.config = config;
    }

    public void snapshot(ProductSnapshot snapshot, EventEnvelope event) {
        products.apply(
                snapshot.productId(),
                event,
                SuggestedProduct::new,
                (product, events) -> product.applySnapshot(snapshot));
    }

    public void deleted(ProductDeleted deleted, EventEnvelope event) {
        products.apply(
                deleted.productId(), event, SuggestedProduct::new, (product, events) -> product.applyDeleted(deleted));
    }

    public void stock(StockUpdated stock, EventEnvelope event) {
        products.apply(stock.productId(), event, SuggestedProduct::new, (product, events) -> product.applyStock(stock));
    }

    /** A view counts for the product, and pairs it with the products its session viewed before. */
    public void viewed(ProductViewed view, EventEnvelope event) {
        if (view.sessionId() != null) {
            for (String other : sessions.record(view.sessionId(), view.productId(), event.id())) {
                pairs.coViewed(view.productId(), other, event.id());
            }
        }
        counters.viewed(view.productId(), event.id());
    }

    /** An order counts once per order id (a republished placement under a new event id counts nothing). */
    public void placed(OrderPlaced order, EventEnvelope event) {
        String key = "order:" + order.orderId();
        List<String> ordered = order.lines().stream()
                .map(OrderPlaced.Line::productId)
                .distinct()
                .limit(ORDER_PAIRING_LIMIT)
                .toList();
        for (String productId : ordered) {
            counters.ordered(productId, key);
            for (String other : ordered) {
                if (!other.equals(productId)) {
                    pairs.coPurchased(productId, other, key);
                }
            }
        }
    }

    /** Why a product is suggested. */
    public enum Reason {
        CO_VIEWED,
        CO_PURCHASED,
        SAME_CATEGORY,
        POPULAR
    }

    /** One suggested product. */
    public record Suggestion(String productId, String name, String categoryId, Money price, Reason reason) {}

    /**
     * The suggestions for a session and the product it looks at (either may be absent); {@code
     * fallback} when nothing is known of either and the lists hold only popular products.
     */
    public record Suggestions(
            String sessionId,
            String productId,
            List<Suggestion> similar,
            List<Suggestion> crossSell,
            List<Suggestion> upsell,
            boolean fallback) {}

    public Suggestions suggest(String sessionId, String productId, Integer requestedLimit) {
        int limit = requestedLimit == null ? config.defaultLimit() : requestedLimit;
        List<String> viewed = sessionId == null
                ? List.of()
                : sessions.findByIdOptional(sessionId)
                        .map(SessionViews::recentProducts)
                        .orElse(List.of());
        // The anchors: the product looked at, then the session's latest views, with their weights.
        Map<String, Double> weights = new LinkedHashMap<>();
        if (productId != null) {
            weights.put(productId, CURRENT_PRODUCT_WEIGHT);
        }
        viewed.stream().limit(config.sessionHistory()).forEach(p -> weights.putIfAbsent(p, 1.0));
        Set<String> seen = new LinkedHashSet<>(weights.keySet());
        seen.addAll(viewed);

        Map<String, SuggestedProduct> known = byId(weights.keySet());
        List<SuggestedProduct> anchors = weights.keySet().stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .toList();
        Set<String> anchorCategories =
                anchors.stream().map(p -> p.categoryId).filter(Objects::nonNull).collect(Collectors.toSet());

        Map<String, Double> coViews = new HashMap<>();
        Map<String, Double> coPurchases = new HashMap<>();
        for (ProductPair pair : pairs.partnersOf(weights.keySet())) {
            double weight = weights.get(pair.a);
            coViews.merge(pair.b, weight * pair.coViews, Double::sum);
            coPurchases.merge(pair.b, weight * pair.coPurchases, Double::sum);
        }
        Set<String> candidateIds = new LinkedHashSet<>(coViews.keySet());
        if (!anchorCategories.isEmpty()) {
            products.mongoCollection()
                    .find(Filters.and(
                            Filters.in("categoryId", anchorCategories),
                            Filters.eq("status", "ACTIVE"),
                            Filters.exists("inStockSkus.0")))
                    .limit(CANDIDATES)
                    .forEach(p -> candidateIds.add(p.id));
        }
        List<String> popularIds = counters.popular(CANDIDATES);
        candidateIds.addAll(popularIds);
        candidateIds.removeAll(seen);
        Map<String, SuggestedProduct> candidates = byId(candidateIds);
        candidates.values().removeIf(p -> !p.suggestable());
        Map<String, Integer> popularity = new HashMap<>();
        for (int rank = 0; rank < popularIds.size(); rank++) {
            popularity.put(popularIds.get(rank), rank);
        }

        // Similar: the anchors' categories, the most co-viewed first, the anchors' own category weighing in.
        ToDoubleFunction<SuggestedProduct> similarity = c -> coViews.getOrDefault(c.id, 0.0)
                + anchors.stream()
                        .filter(a -> Objects.equals(a.categoryId, c.categoryId))
                        .mapToDouble(a -> weights.get(a.id))
                        .sum();
        List<Suggestion> similar = pick(
                candidates.values(),
                c -> anchorCategories.contains(c.categoryId),
                similarity,
                popularity,
                c -> coViews.getOrDefault(c.id, 0.0) > 0 ? Reason.CO_VIEWED : Reason.SAME_CATEGORY,
                limit);

        // Cross-sell: other categories than the main anchor's, bought or viewed with the anchors.
        SuggestedProduct main = anchors.isEmpty() ? null : anchors.getFirst();
        ToDoubleFunction<SuggestedProduct> affinity =
                c -> CO_PURCHASE_WEIGHT * coPurchases.getOrDefault(c.id, 0.0) + coViews.getOrDefault(c.id, 0.0);
        List<Suggestion> crossSell = pick(
                candidates.values(),
                c -> (main == null || !Objects.equals(main.categoryId, c.categoryId)) && affinity.applyAsDouble(c) > 0,
                affinity,
                popularity,
                c -> coPurchases.getOrDefault(c.id, 0.0) > 0 ? Reason.CO_PURCHASED : Reason.CO_VIEWED,
                limit);

        // Upsell: the main anchor's category, dearer than it, the nearest step up first.
        List<Suggestion> upsell = main == null || main.price == null
                ? List.of()
                : candidates.values().stream()
                        .filter(c -> Objects.equals(main.categoryId, c.categoryId)
                                && c.price.currency().equals(main.price.currency())
                                && c.price.amount() > main.price.amount())
                        .sorted(Comparator.comparingLong((SuggestedProduct c) -> c.price.amount())
                                .thenComparing(c -> popularity.getOrDefault(c.id, Integer.MAX_VALUE)))
                        .limit(limit)
                        .map(c -> suggestion(c, Reason.SAME_CATEGORY))
                        .toList();

        boolean fallback = similar.isEmpty() && crossSell.isEmpty() && upsell.isEmpty();
        List<Suggestion> filled = new ArrayList<>(similar);
        popularIds.stream()
                .map(candidates::get)
                .filter(Objects::nonNull)
                .filter(c -> filled.stream().noneMatch(s -> s.productId().equals(c.id)))
                .limit(Math.max(0, limit - filled.size()))
                .forEach(c -> filled.add(suggestion(c, Reason.POPULAR)));
        return new Suggestions(sessionId, productId, filled, crossSell, upsell, fallback);
    }

    /** Sessions tracked, products viewed at least once, all views counted, products that can be suggested now. */
    public record SuggestionStats(
            long sessionsTracked, long productsTracked, long totalViews, long suggestableProducts) {}

    public SuggestionStats stats() {
        return new SuggestionStats(
                sessions.count(),
                counters.viewedProducts(),
                counters.sum("views").get("views"),
                products.mongoCollection()
                        .countDocuments(Filters.and(Filters.eq("status", "ACTIVE"), Filters.exists("inStockSkus.0"))));
    }

    private static List<Suggestion> pick(
            Collection<SuggestedProduct> candidates,
            Predicate<SuggestedProduct> fits,
            ToDoubleFunction<SuggestedProduct> score,
            Map<String, Integer> popularity,
            java.util.function.Function<SuggestedProduct, Reason> reason,
            int limit) {
        return candidates.stream()
                .filter(fits)
                .sorted(Comparator.comparingDouble(score)
                        .reversed()
                        .thenComparing(c -> popularity.getOrDefault(c.id, Integer.MAX_VALUE))
                        .thenComparing(c -> c.id))
                .limit(limit)
                .map(c -> suggestion(c, reason.apply(c)))
                .toList();
    }

    private static Suggestion suggestion(SuggestedProduct product, Reason reason) {
        return new Suggestion(product.id, product.name, product.categoryId, product.price, reason);
    }

    private Map<String, SuggestedProduct> byId(Collection<String> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return products.mongoCollection().find(Filters.in("_id", ids)).into(new ArrayList<>()).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p, (x, y) -> x, HashMap::new));
    }
}
