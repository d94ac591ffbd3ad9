package io.comptoir.profitability.domain;

import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.events.pricing.PricingSettingsChanged;
import io.comptoir.events.shipping.ShipmentCreated;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.profitability.config.ProfitabilityConfig;
import io.comptoir.profitability.domain.ProfitabilityReport.BucketFigures;
import io.comptoir.profitability.domain.ProfitabilityReport.CategoryMargin;
import io.comptoir.profitability.domain.ProfitabilityReport.CustomerMargin;
import io.comptoir.profitability.domain.ProfitabilityReport.Figures;
import io.comptoir.profitability.domain.ProfitabilityReport.PriceSuggestion;
import io.comptoir.profitability.domain.ProfitabilityReport.ProductMargin;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Keeps the engine's copies of products, pricing rates and orders from their events (each handler
 * copes with coming first, and sets only what its event says, so order and repetition change
 * nothing), and computes landed costs and margins from them when asked.
 */
@ApplicationScoped
public class ProfitabilityService {

    private final SaleRepository sales;
    private final CostedProductRepository products;
    private final GlobalRatesRepository global;
    private final ProfitabilityConfig config;

    ProfitabilityService(
            SaleRepository sales,
            CostedProductRepository products,
            GlobalRatesRepository global,
            ProfitabilityConfig config) {
        this.sales = sales;
        this.products = products;
        this.global = global;
        this.config = config;
    }

    public void productChanged(ProductSnapshot snapshot, EventEnvelope event) {
        products.apply(snapshot.productId(), event, CostedProduct::new, (product, events) -> {
            if (product.name == null || snapshot.revision() > product.revision) {
                product.name = snapshot.name();
                product.categoryId = snapshot.categoryId();
                product.baseCost = snapshot.baseCost();
                product.revision = snapshot.revision();
            }
        });
    }

    public void priceCalculated(PriceCalculated price, EventEnvelope event) {
        products.apply(price.productId(), event, CostedProduct::new, (product, events) -> {
            if (product.rates == null || product.rates.olderThan(price.calculatedAt())) {
                product.rates = new Rates(
                        price.exchangeRate(), price.serviceFeeRate(), price.insuranceRate(), price.calculatedAt());
            }
            if (product.baseCost == null) {
                product.baseCost = price.baseCost();
            }
        });
    }

    public void settingsChanged(PricingSettingsChanged settings, EventEnvelope event) {
        global.apply(GlobalRates.ID, event, GlobalRates::new, (rates, events) -> {
            if (rates.rates == null || rates.rates.olderThan(settings.changedAt())) {
                rates.rates = new Rates(
                        settings.exchangeRate(),
                        settings.serviceFeeRate(),
                        settings.insuranceRate(),
                        settings.changedAt());
            }
        });
    }

    /** The lines of an order and their revenue, the order's total spread over them; unit costs as known now. */
    public void placed(OrderPlaced order, EventEnvelope event) {
        if (!config.currency().equals(order.total().currency())) {
            return;
        }
        Map<String, Money> costs = unitCosts(
                order.lines().stream().map(OrderPlaced.Line::productId).collect(Collectors.toSet()));
        sales.apply(order.orderId(), event, Sale::new, (sale, events) -> {
            if (sale.revenue != null) {
                return;
            }
            sale.customerId = order.customerId();
            sale.placedAt = order.placedAt();
            sale.revenue = order.total();
            List<Money> shares = spread(
                    order.total(),
                    order.lines().stream().map(l -> l.lineTotal().amount()).toList(),
                    order.lines().stream().map(l -> (long) l.quantity()).toList());
            for (int i = 0; i < shares.size(); i++) {
                OrderPlaced.Line line = order.lines().get(i);
                sale.lines.add(new Sale.Line(
                        line.productId(), line.sku(), line.quantity(), shares.get(i), costs.get(line.productId())));
            }
        });
    }

    public void confirmed(OrderStatusChanged order, EventEnvelope event) {
        sales.apply(order.orderId(), event, Sale::new, (sale, events) -> {
            if (sale.confirmedAt == null) {
                sale.confirmedAt = order.changedAt();
                sale.customerId = order.customerId();
            }
        });
    }

    /** A cancellation or refund undoes the sale, whenever it comes (before the placement too). */
    public void undone(OrderStatusChanged order, EventEnvelope event) {
        sales.apply(order.orderId(), event, Sale::new, (sale, events) -> sale.undone = true);
    }

    public void shipped(ShipmentCreated shipment, EventEnvelope event) {
        if (!config.currency().equals(shipment.cost().currency())) {
            return;
        }
        sales.apply(shipment.orderId(), event, Sale::new, (sale, events) -> sale.shippingCost = shipment.cost());
    }

    /** One costed line of a counted sale. */
    public record CostedLine(Sale sale, Sale.Line line, CostedProduct product, long revenue, long landedCost) {}

    /**
     * Costs the lines of {@code counted}: a line's landed cost is its units at the unit cost known
     * when the order was placed (or now, when it was not known then) plus its share of the order's
     * shipping, spread like the revenue. Lines whose cost is still unknown are left out, counted.
     */
    private long cost(List<Sale> counted, java.util.function.Consumer<CostedLine> sink) {
        Map<String, CostedProduct> known = products(counted.stream()
                .flatMap(s -> s.lines.stream())
                .map(l -> l.productId)
                .collect(Collectors.toSet()));
        Rates rates = globalRates();
        long withoutCost = 0;
        for (Sale sale : counted) {
            List<Money> shipping = sale.shippingCost == null
                    ? null
                    : spread(
                            sale.shippingCost,
                            sale.lines.stream().map(l -> l.revenue.amount()).toList(),
                            sale.lines.stream().map(l -> (long) l.quantity).toList());
            for (int i = 0; i < sale.lines.size(); i++) {
                Sale.Line line = sale.lines.get(i);
                CostedProduct product = known.get(line.productId);
                Optional<Money> unit = Optional.ofNullable(line.unitCost)
                        .or(() -> product == null ? Optional.empty() : product.unitCost(rates, config.currency()));
                if (unit.isEmpty()) {
                    withoutCost++;
                    continue;
                }
                long landed = unit.get().times(line.quantity).amount()
                        + (shipping == null ? 0 : shipping.get(i).amount());
                sink.accept(new CostedLine(sale, line, product, line.revenue.amount(), landed));
            }
        }
        return withoutCost;
    }

    public ProfitabilityReport report(LocalDate from, LocalDate to, Bucket bucket, Set<String> categories, int top) {
        List<Sale> counted = sales.list(
                "confirmedAt >= ?1 and confirmedAt < ?2 and undone = ?3",
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant(),
                false);
        counted.removeIf(s -> !s.counts());
        Tally totals = new Tally();
        Map<LocalDate, Tally> buckets = new LinkedHashMap<>();
        for (LocalDate start = bucket.start(from); start.isBefore(to); start = bucket.next(start)) {
            buckets.put(start, new Tally());
        }
        Map<String, Tally> byProduct = new HashMap<>();
        Map<String, CostedProduct> productOf = new HashMap<>();
        Map<String, Tally> byCategory = new HashMap<>();
        Map<String, Tally> byCustomer = new HashMap<>();
        long withoutCost = cost(counted, c -> {
            String category = c.product() == null ? null : c.product().categoryId;
            if (!categories.isEmpty() && !categories.contains(category)) {
                return;
            }
            LocalDate day = LocalDate.ofInstant(c.sale().confirmedAt, ZoneOffset.UTC);
            for (Tally tally : List.of(
                    totals,
                    buckets.get(bucket.start(day)),
                    byProduct.computeIfAbsent(c.line().productId, k -> new Tally()),
                    byCategory.computeIfAbsent(String.valueOf(category), k -> new Tally()),
                    byCustomer.computeIfAbsent(c.sale().customerId, k -> new Tally()))) {
                tally.add(c.sale().id, c.line().quantity, c.revenue(), c.landedCost());
            }
            if (c.product() != null) {
                productOf.put(c.line().productId, c.product());
            }
        });
        String currency = config.currency();
        Function<String, String> name =
                id -> Optional.ofNullable(productOf.get(id)).map(p -> p.name).orElse(null);
        Function<String, String> category = id ->
                Optional.ofNullable(productOf.get(id)).map(p -> p.categoryId).orElse(null);
        BigDecimal target = config.targetMarginRate().movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return new ProfitabilityReport(
                from,
                to,
                bucket,
                currency,
                target,
                totals.figures(currency),
                buckets.entrySet().stream()
                        .map(e -> new BucketFigures(e.getKey(), e.getValue().figures(currency)))
                        .toList(),
                mostProfitable(byProduct, top).stream()
                        .map(e -> new ProductMargin(
                                e.getKey(),
                                name.apply(e.getKey()),
                                category.apply(e.getKey()),
                                e.getValue().figures(currency)))
                        .toList(),
                mostProfitable(byCategory, Integer.MAX_VALUE).stream()
                        .map(e -> new CategoryMargin(e.getKey(), e.getValue().figures(currency)))
                        .toList(),
                mostProfitable(byCustomer, top).stream()
                        .map(e -> new CustomerMargin(e.getKey(), e.getValue().figures(currency)))
                        .toList(),
                byProduct.entrySet().stream()
                        .filter(e -> e.getValue().marginPercent() != null
                                && e.getValue().marginPercent().compareTo(target) < 0)
                        .sorted(Comparator.comparing((Map.Entry<String, Tally> e) ->
                                        e.getValue().marginPercent())
                                .thenComparing(Map.Entry::getKey))
                        .map(e -> suggestion(e.getKey(), name.apply(e.getKey()), e.getValue()))
                        .toList(),
                withoutCost);
    }

    private PriceSuggestion suggestion(String productId, String name, Tally tally) {
        String currency = config.currency();
        BigDecimal units = BigDecimal.valueOf(tally.units());
        BigDecimal step = BigDecimal.valueOf(config.priceStep());
        long price = BigDecimal.valueOf(tally.cost())
                .divide(
                        units.multiply(BigDecimal.ONE.subtract(config.targetMarginRate()))
                                .multiply(step),
                        0,
                        RoundingMode.CEILING)
                .multiply(step)
                .longValueExact();
        return new PriceSuggestion(
                productId,
                name,
                tally.marginPercent(),
                Money.of(
                        BigDecimal.valueOf(tally.revenue())
                                .divide(units, 0, RoundingMode.HALF_UP)
                                .longValueExact(),
                        currency),
                Money.of(
                        BigDecimal.valueOf(tally.cost())
                                .divide(units, 0, RoundingMode.HALF_UP)
                                .longValueExact(),
                        currency),
                Money.of(price, currency));
    }

    private static List<Map.Entry<String, Tally>> mostProfitable(Map<String, Tally> rows, int top) {
        return rows.entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, Tally> e) -> -e.getValue().margin())
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .toList();
    }

    /** An order's lines with their revenue, landed cost and margin; empty when the engine knows no such order. */
    public Optional<OrderProfit> order(String orderId) {
        return sales.findByIdOptional(orderId).filter(s -> s.revenue != null).map(sale -> {
            Map<Sale.Line, Long> landed = new HashMap<>();
            long withoutCost = cost(List.of(sale), c -> landed.put(c.line(), c.landedCost()));
            String currency = sale.revenue.currency();
            List<OrderProfit.LineProfit> lines = sale.lines.stream()
                    .map(l -> {
                        Long cost = landed.get(l);
                        return new OrderProfit.LineProfit(
                                l.productId,
                                l.sku,
                                l.quantity,
                                l.revenue,
                                cost == null ? null : Money.of(cost, currency),
                                cost == null ? null : Money.of(l.revenue.amount() - cost, currency));
                    })
                    .toList();
            return new OrderProfit(
                    sale.id,
                    sale.customerId,
                    sale.counts(),
                    sale.undone,
                    sale.revenue,
                    sale.shippingCost,
                    lines,
                    withoutCost);
        });
    }

    /** Sales known, counted (confirmed, not undone), undone; products costed; and the figures of every counted sale. */
    public record ProfitabilityStats(
            long orders,
            long counted,
            long undone,
            long products,
            long productsWithCost,
            long linesWithoutCost,
            Figures figures) {}

    public ProfitabilityStats stats() {
        List<Sale> counted = sales.list("undone", false);
        counted.removeIf(s -> !s.counts());
        Tally all = new Tally();
        long withoutCost = cost(counted, c -> all.add(c.sale().id, c.line().quantity, c.revenue(), c.landedCost()));
        Rates rates = globalRates();
        long costed = products.streamAll()
                .filter(p -> p.unitCost(rates, config.currency()).isPresent())
                .count();
        return new ProfitabilityStats(
                sales.count(),
                counted.size(),
                sales.count("undone", true),
                products.count(),
                costed,
                withoutCost,
                all.figures(config.currency()));
    }

    private Map<String, Money> unitCosts(Set<String> productIds) {
        Rates rates = globalRates();
        Map<String, Money> costs = new HashMap<>();
        products(productIds)
                .forEach((id, p) -> p.unitCost(rates, config.currency()).ifPresent(c -> costs.put(id, c)));
        return costs;
    }

    private Map<String, CostedProduct> products(Set<String> ids) {
        return products.find(new Document("_id", new Document("$in", List.copyOf(ids)))).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
    }

    private Rates globalRates() {
        return global.findByIdOptional(GlobalRates.ID).map(g -> g.rates).orElse(null);
    }

    /**
     * Spreads {@code amount} over lines in proportion to {@code weights} (their amounts), exactly:
     * the remainder minor units go to the first lines ({@link Money#allocate}); by quantities
     * when every weight is zero (a free order).
     */
    private static List<Money> spread(Money amount, List<Long> weights, List<Long> quantities) {
        boolean none = weights.stream().allMatch(w -> w == 0);
        return amount.allocate(none ? quantities : weights);
    }
}
