package io.comptoir.search.domain;

import io.comptoir.events.catalog.CategoryUpdated;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.InvalidRequestException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the search documents from catalog and inventory events, and searches them. Prices come
 * with the catalogue's product events, which already carry the pricing engine's prices where an
 * admin set none, so the search engine needs no pricing event of its own. MongoDB's text index is
 * not on the wire server the tests run against, so scoring is done here over the active
 * products: every query term must match, in the name (3, or 2 as the start of a name word), the
 * category or one of its parents (2), or a variant attribute (1); a name starting with the first
 * term gets 1 more.
 */
@ApplicationScoped
public class SearchService {

    private final SearchProductRepository products;
    private final SearchCategoryRepository categories;
    private final SearchConfig config;

    SearchService(SearchProductRepository products, SearchCategoryRepository categories, SearchConfig config) {
        this.products = products;
        this.categories = categories;
        this.config = config;
    }

    public void snapshot(ProductSnapshot snapshot, EventEnvelope event) {
        products.apply(snapshot.productId(), event, SearchProduct::new, (product, events) -> {
            product.createdAt = earliest(product.createdAt, event.time());
            if (product.applySnapshot(snapshot)) {
                product.nameTokens = new ArrayList<>(Tokens.of(snapshot.name()));
                product.attributeTokens = new ArrayList<>(Tokens.of(snapshot.variants().stream()
                        .flatMap(v -> Stream.concat(
                                Stream.of(v.sku()),
                                v.attributes() == null ? Stream.empty() : v.attributes().values().stream()))
                        .collect(Collectors.joining(" "))));
            }
        });
    }

    public void deleted(ProductDeleted deleted, EventEnvelope event) {
        products.apply(
                deleted.productId(), event, SearchProduct::new, (product, events) -> product.applyDeleted(deleted));
    }

    public void stock(StockUpdated stock, EventEnvelope event) {
        products.apply(stock.productId(), event, SearchProduct::new, (product, events) -> product.applyStock(stock));
    }

    public void category(CategoryUpdated category, EventEnvelope event) {
        categories.apply(category.categoryId(), event, SearchCategory::new, (known, events) -> {
            known.name = category.name();
            known.parentId = category.parentId();
        });
    }

    /** How results are ordered. */
    public enum Sort {
        RELEVANCE,
        PRICE_ASC,
        PRICE_DESC,
        NEWEST
    }

    /** A search: words, and filters that may each be absent. */
    public record Query(String q, String categoryId, Long minPrice, Long maxPrice, Boolean inStock, Sort sort) {}

    /** One product found, with its relevance score (0 without words). */
    public record Hit(
            String productId,
            String name,
            String categoryId,
            String categoryName,
            Money price,
            boolean inStock,
            int score) {}

    public record CategoryCount(String categoryId, String name, long count) {}

    /** A price range: from (included) to (excluded; null: no upper bound). */
    public record PriceRange(long from, Long to, long count) {}

    public record Availability(long inStock, long outOfStock) {}

    /** Each facet counts the matches of the words and of every filter but its own, so the choices stay visible. */
    public record Facets(List<CategoryCount> categories, List<PriceRange> prices, Availability availability) {}

    public record Results(List<Hit> items, int page, int size, long total, Facets facets) {}

    public Results search(Query query, PageRequest paging) {
        if (query.minPrice() != null && query.maxPrice() != null && query.minPrice() > query.maxPrice()) {
            throw new InvalidRequestException("minPrice must not be above maxPrice");
        }
        Map<String, SearchCategory> tree = new HashMap<>();
        categories.findAll().list().forEach(c -> tree.put(c.id, c));
        List<String> terms = Tokens.of(query.q());
        Map<String, Integer> scores = new HashMap<>();
        List<SearchProduct> matches = new ArrayList<>();
        for (SearchProduct product : products.find("status", "ACTIVE").list()) {
            int score = score(product, terms, categoryTokens(product.categoryId, tree));
            if (terms.isEmpty() || score > 0) {
                scores.put(product.id, score);
                matches.add(product);
            }
        }
        Set<String> inCategory = query.categoryId() == null ? null : descendants(query.categoryId(), tree);
        Predicate<SearchProduct> byCategory = p -> inCategory == null || inCategory.contains(p.categoryId);
        Predicate<SearchProduct> byPrice = p -> (query.minPrice() == null && query.maxPrice() == null)
                || (amount(p) != null
                        && (query.minPrice() == null || amount(p) >= query.minPrice())
                        && (query.maxPrice() == null || amount(p) <= query.maxPrice()));
        Predicate<SearchProduct> byStock = p -> query.inStock() == null || p.inStock() == query.inStock();

        List<SearchProduct> found = matches.stream()
                .filter(byCategory.and(byPrice).and(byStock))
                .sorted(order(
                        query.sort() != null ? query.sort() : terms.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE, scores))
                .toList();
        List<Hit> page = found.stream()
                .skip((long) paging.page * paging.size)
                .limit(paging.size)
                .map(p -> new Hit(
                        p.id,
                        p.name,
                        p.categoryId,
                        tree.containsKey(p.categoryId) ? tree.get(p.categoryId).name : null,
                        p.price,
                        p.inStock(),
                        scores.get(p.id)))
                .toList();
        Facets facets = new Facets(
                categoryFacet(matches.stream().filter(byPrice.and(byStock)).toList(), tree),
                priceFacet(matches.stream().filter(byCategory.and(byStock)).toList()),
                availabilityFacet(
                        matches.stream().filter(byCategory.and(byPrice)).toList()));
        return new Results(page, paging.page, paging.size, found.size(), facets);
    }

    /** Products known, searchable (active), in stock among those, categories known. */
    public record SearchStats(long products, long searchable, long inStock, long categories) {}

    public SearchStats stats() {
        List<SearchProduct> active = products.find("status", "ACTIVE").list();
        return new SearchStats(
                products.count(),
                active.size(),
                active.stream().filter(SearchProduct::inStock).count(),
                categories.count());
    }

    private static int score(SearchProduct product, List<String> terms, Set<String> categoryTokens) {
        int total = 0;
        for (String term : terms) {
            int best = 0;
            if (product.nameTokens.contains(term)) {
                best = 3;
            } else if (term.length() >= 3 && product.nameTokens.stream().anyMatch(t -> t.startsWith(term))) {
                best = 2;
            } else if (categoryTokens.contains(term)) {
                best = 2;
            } else if (product.attributeTokens.contains(term)) {
                best = 1;
            }
            if (best == 0) {
                return 0; // every term must match
            }
            total += best;
        }
        if (!terms.isEmpty()
                && !product.nameTokens.isEmpty()
                && product.nameTokens.getFirst().startsWith(terms.getFirst())) {
            total++;
        }
        return total;
    }

    /** The words of a category's id and name, and of its parents'. */
    private static Set<String> categoryTokens(String categoryId, Map<String, SearchCategory> tree) {
        Set<String> tokens = new HashSet<>();
        Set<String> visited = new HashSet<>();
        for (String id = categoryId; id != null && visited.add(id); ) {
            tokens.addAll(Tokens.of(id));
            SearchCategory category = tree.get(id);
            if (category == null) {
                break;
            }
            tokens.addAll(Tokens.of(category.name));
            id = category.parentId;
        }
        return tokens;
    }

    private static Set<String> descendants(String root, Map<String, SearchCategory> tree) {
        Set<String> found = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = tree.values().stream()
                    .filter(c -> found.contains(c.parentId))
                    .map(c -> found.add(c.id))
                    .reduce(false, Boolean::logicalOr);
        }
        return found;
    }

    private Comparator<SearchProduct> order(Sort sort, Map<String, Integer> scores) {
        Comparator<SearchProduct> newest =
                Comparator.comparing((SearchProduct p) -> p.createdAt, Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<SearchProduct> byPrice =
                Comparator.comparing(this::amount, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<SearchProduct> primary =
                switch (sort) {
                    case RELEVANCE ->
                        Comparator.comparing((SearchProduct p) -> scores.get(p.id))
                                .reversed();
                    case PRICE_ASC -> byPrice;
                    case PRICE_DESC ->
                        Comparator.comparing(this::amount, Comparator.nullsLast(Comparator.reverseOrder()));
                    case NEWEST -> newest;
                };
        return primary.thenComparing(newest).thenComparing(p -> p.id);
    }

    private static List<CategoryCount> categoryFacet(List<SearchProduct> matches, Map<String, SearchCategory> tree) {
        Map<String, Long> counts = matches.stream()
                .filter(p -> p.categoryId != null)
                .collect(Collectors.groupingBy(p -> p.categoryId, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> new CategoryCount(
                        e.getKey(), tree.containsKey(e.getKey()) ? tree.get(e.getKey()).name : null, e.getValue()))
                .sorted(Comparator.comparingLong(CategoryCount::count)
                        .reversed()
                        .thenComparing(CategoryCount::categoryId))
                .toList();
    }

    private List<PriceRange> priceFacet(List<SearchProduct> matches) {
        List<Long> bounds = config.priceBuckets();
        List<PriceRange> ranges = new ArrayList<>();
        long from = 0;
        for (int i = 0; i <= bounds.size(); i++) {
            Long to = i < bounds.size() ? bounds.get(i) : null;
            long low = from;
            long count = matches.stream()
                    .filter(p -> amount(p) != null && amount(p) >= low && (to == null || amount(p) < to))
                    .count();
            ranges.add(new PriceRange(low, to, count));
            from = Objects.requireNonNullElse(to, from);
        }
        return ranges;
    }

    private static Availability availabilityFacet(List<SearchProduct> matches) {
        long inStock = matches.stream().filter(SearchProduct::inStock).count();
        return new Availability(inStock, matches.size() - inStock);
    }

    /** The product's price in the search currency; null when unpriced or priced in another. */
    private Long amount(SearchProduct product) {
        return product.price != null && product.price.currency().equals(config.currency())
                ? product.price.amount()
                : null;
    }

    private static Instant earliest(Instant known, Instant seen) {
        return known == null || (seen != null && seen.isBefore(known)) ? seen : known;
    }
}
