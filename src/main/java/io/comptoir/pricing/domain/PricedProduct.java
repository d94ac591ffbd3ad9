package io.comptoir.pricing.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pricing engine's view of a catalogue product (its id is the product id), kept from catalog
 * events, with the last price computed for each of its skus.
 */
@MongoEntity(collection = "pricing_products")
public class PricedProduct extends Aggregate {

    public String categoryId;
    public Money baseCost;
    public boolean deleted;
    public long revision;
    public List<SkuPrice> prices = new ArrayList<>();
    /** Quantity tiers of every sku of the product, by increasing minimum quantity. */
    public List<Tier> tiers = new ArrayList<>();

    public Instant calculatedAt;

    /** From {@code minQuantity} units in one purchase, the unit price is {@code discountRate} lower. */
    public static class Tier {
        public int minQuantity;
        public BigDecimal discountRate;

        public Tier() {}

        public Tier(int minQuantity, BigDecimal discountRate) {
            this.minQuantity = minQuantity;
            this.discountRate = discountRate;
        }
    }

    /** A sku's price and its tiers' unit prices (lists, not maps: skus may hold dots, which field names may not). */
    public static class SkuPrice {
        public String sku;
        public Money price;
        public List<TierPrice> tierPrices = new ArrayList<>();

        public SkuPrice() {}

        SkuPrice(String sku, Money price) {
            this.sku = sku;
            this.price = price;
        }

        /** The unit price for {@code quantity} units: the highest tier reached, or the price. */
        public Money unitPrice(int quantity) {
            return tierPrices.stream()
                    .filter(t -> t.minQuantity <= quantity)
                    .reduce((lower, higher) -> higher)
                    .map(t -> t.unitPrice)
                    .orElse(price);
        }
    }

    /** A tier's unit price for one sku. */
    public static class TierPrice {
        public int minQuantity;
        public Money unitPrice;

        public TierPrice() {}

        TierPrice(int minQuantity, Money unitPrice) {
            this.minQuantity = minQuantity;
            this.unitPrice = unitPrice;
        }
    }

    public Optional<SkuPrice> price(String sku) {
        return prices.stream().filter(p -> p.sku.equals(sku)).findFirst();
    }
}
