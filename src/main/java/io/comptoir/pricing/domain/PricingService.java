package io.comptoir.pricing.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.pricing.MarginUpdated;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.events.pricing.PriceTierActivated;
import io.comptoir.events.pricing.PricingSettingsChanged;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.pricing.config.PricingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Computes every sku's selling price from its product's base cost, the exchange rate, the margin
 * of its category (or the default) and the global fees, and emits {@code pricing.price.calculated}
 * whenever a price changes, and {@code pricing.tier.activated} whenever a quantity tier's unit price
 * does. A change of settings or of a category's margin is stored with its
 * event, and the engine's own consumer of that event recomputes the products concerned: durable
 * (a crash mid-way resumes) and idempotent per product.
 */
@ApplicationScoped
public class PricingService {

    private static final Logger LOG = Logger.getLogger(PricingService.class);

    private final PricingSettingsRepository settings;
    private final CategoryMarginRepository margins;
    private final PricedProductRepository products;
    private final PricingConfig config;

    PricingService(
            PricingSettingsRepository settings,
            CategoryMarginRepository margins,
            PricedProductRepository products,
            PricingConfig config) {
        this.settings = settings;
        this.margins = margins;
        this.products = products;
        this.config = config;
    }

    /** The settings in force: the stored ones, or the configured defaults before any change. */
    public PricingSettings settings() {
        return settings.findByIdOptional(PricingSettings.ID).orElseGet(this::defaults);
    }

    public PricingSettings updateSettings(PricingSettings wanted, Cause cause) {
        return settings.upsert(PricingSettings.ID, cause, this::defaults, (current, events) -> {
            current.exchangeRate = wanted.exchangeRate;
            current.defaultMarginRate = wanted.defaultMarginRate;
            current.serviceFeeRate = wanted.serviceFeeRate;
            current.insuranceRate = wanted.insuranceRate;
            current.roundingStep = wanted.roundingStep;
            current.roundingMode = wanted.roundingMode;
            formula(current, current.defaultMarginRate); // refuses settings that cannot price
            events.add(
                    Topic.PRICING_SETTINGS_CHANGED,
                    PricingSettings.ID,
                    new PricingSettingsChanged(
                            PricingSettings.ID,
                            current.exchangeRate,
                            current.defaultMarginRate,
                            current.serviceFeeRate,
                            current.insuranceRate,
                            current.roundingStep,
                            current.roundingMode.name(),
                            Instant.now()));
        });
    }

    public List<CategoryMargin> margins() {
        return margins.listAll();
    }

    public CategoryMargin setMargin(String categoryId, BigDecimal marginRate, Cause cause) {
        return margins.upsert(categoryId, cause, CategoryMargin::new, (margin, events) -> {
            margin.marginRate = marginRate;
            events.add(
                    Topic.PRICING_MARGIN_UPDATED, categoryId, new MarginUpdated(categoryId, marginRate, Instant.now()));
        });
    }

    /**
     * Replaces a product's quantity tiers (for group buys and B2B) and prices them for every sku,
     * emitting {@code pricing.tier.activated} for each tier unit price that is new or changed.
     */
    public PricedProduct setTiers(String productId, List<PricedProduct.Tier> tiers, Cause cause) {
        return products.modify(productId, cause, (priced, events) -> {
                    if (priced.deleted) {
                        throw new NotFoundException("no prices for product " + productId);
                    }
                    priced.tiers = new ArrayList<>(tiers.stream()
                            .sorted(Comparator.comparingInt(t -> t.minQuantity))
                            .toList());
                    recompute(priced, events, settings());
                    return priced;
                })
                .orElseThrow(() -> new NotFoundException("no prices for product " + productId));
    }

    public Optional<PricedProduct> product(String productId) {
        return products.findByIdOptional(productId).filter(p -> !p.deleted);
    }

    public long pricedProducts() {
        return products.count("deleted", false);
    }

    public long categoriesWithMargin() {
        return margins.count();
    }

    /** A product was created or changed in the catalogue: take its cost and skus, price them. */
    public void onProduct(ProductSnapshot product, EventEnvelope event) {
        products.apply(product.productId(), event, PricedProduct::new, (priced, events) -> {
            if (product.revision() < priced.revision) {
                return; // a stale redelivery
            }
            priced.revision = product.revision();
            priced.categoryId = product.categoryId();
            priced.baseCost = product.baseCost();
            priced.deleted = "DELETED".equals(product.status());
            List<String> skus = product.variants().stream()
                    .map(ProductSnapshot.Variant::sku)
                    .toList();
            priced.prices.removeIf(p -> !skus.contains(p.sku));
            skus.stream()
                    .filter(sku -> priced.price(sku).isEmpty())
                    .forEach(sku -> priced.prices.add(new PricedProduct.SkuPrice(sku, null)));
            recompute(priced, events, settings());
        });
    }

    public void onDeleted(ProductDeleted deleted, EventEnvelope event) {
        products.apply(deleted.productId(), event, PricedProduct::new, (priced, events) -> {
            if (deleted.revision() >= priced.revision) {
                priced.revision = deleted.revision();
                priced.deleted = true;
            }
        });
    }

    /** Settings changed: every product's prices may have. */
    public void onSettingsChanged(PricingSettingsChanged changed, EventEnvelope event) {
        recomputeAll(products.list("deleted", false), event);
    }

    /** A category's margin changed: its products' prices may have. */
    public void onMarginUpdated(MarginUpdated updated, EventEnvelope event) {
        recomputeAll(products.list("categoryId = ?1 and deleted = ?2", updated.categoryId(), false), event);
    }

    private void recomputeAll(List<PricedProduct> affected, EventEnvelope event) {
        PricingSettings current = settings(); // read once for the whole batch
        affected.forEach(
                p -> products.applyIfPresent(p.id, event, (priced, events) -> recompute(priced, events, current)));
    }

    /** Prices every sku with the settings and margin in force; emits only the prices that changed. */
    private void recompute(PricedProduct priced, EventBuffer events, PricingSettings current) {
        if (priced.deleted || priced.baseCost == null) {
            return;
        }
        if (!priced.baseCost.currency().equals(config.costCurrency())) {
            // The exchange rate converts the cost currency only; the catalogue enforces it too.
            LOG.warnf(
                    "product %s: base cost in %s, not %s; not priced",
                    priced.id, priced.baseCost.currency(), config.costCurrency());
            return;
        }
        BigDecimal margin = Optional.ofNullable(priced.categoryId)
                .flatMap(margins::findByIdOptional)
                .map(m -> m.marginRate)
                .orElse(current.defaultMarginRate);
        PriceFormula formula = formula(current, margin);
        Instant now = Instant.now();
        for (PricedProduct.SkuPrice sku : priced.prices) {
            Money price = formula.price(priced.baseCost);
            if (!price.equals(sku.price)) {
                sku.price = price;
                priced.calculatedAt = now;
                events.add(
                        Topic.PRICING_PRICE_CALCULATED,
                        priced.id,
                        new PriceCalculated(
                                priced.id,
                                sku.sku,
                                priced.baseCost,
                                formula.exchangeRate(),
                                formula.marginRate(),
                                formula.serviceFeeRate(),
                                formula.insuranceRate(),
                                price,
                                now));
            }
            List<PricedProduct.TierPrice> tierPrices = priced.tiers.stream()
                    .map(t -> new PricedProduct.TierPrice(t.minQuantity, formula.discounted(price, t.discountRate)))
                    .toList();
            for (PricedProduct.TierPrice tier : tierPrices) {
                boolean unchanged = sku.tierPrices.stream()
                        .anyMatch(t -> t.minQuantity == tier.minQuantity && t.unitPrice.equals(tier.unitPrice));
                if (!unchanged) {
                    events.add(
                            Topic.PRICING_TIER_ACTIVATED,
                            priced.id,
                            new PriceTierActivated(priced.id, sku.sku, null, tier.minQuantity, tier.unitPrice));
                }
            }
            sku.tierPrices = new ArrayList<>(tierPrices);
        }
    }

    private PriceFormula formula(PricingSettings current, BigDecimal margin) {
        try {
            return new PriceFormula(
                    config.sellingCurrency(),
                    current.exchangeRate,
                    margin,
                    current.serviceFeeRate,
                    current.insuranceRate,
                    current.roundingStep,
                    current.roundingMode);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(e.getMessage(), List.of());
        }
    }

    private PricingSettings defaults() {
        PricingSettings defaults = new PricingSettings();
        defaults.exchangeRate = config.exchangeRate();
        defaults.defaultMarginRate = config.defaultMarginRate();
        defaults.serviceFeeRate = config.serviceFeeRate();
        defaults.insuranceRate = config.insuranceRate();
        defaults.roundingStep = config.roundingStep();
        defaults.roundingMode = config.roundingMode();
        return defaults;
    }
}
