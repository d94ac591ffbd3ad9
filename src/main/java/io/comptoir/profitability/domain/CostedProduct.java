package io.comptoir.profitability.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The profitability engine's own view of a product (its id is the product id): name and category
 * from the catalogue's snapshots, base cost and the pricing engine's exchange rate and fee rates
 * from its {@code pricing.price.calculated}, enough to compute what one unit costs landed.
 */
@MongoEntity(collection = "profitability_products")
public class CostedProduct extends Aggregate {

    public String name;
    public String categoryId;
    /** Revision of the catalogue snapshot held, so an older redelivery changes nothing. */
    public long revision;

    public Money baseCost;
    public Rates rates;

    /**
     * Landed cost of one unit without shipping: base cost × exchange rate × (1 + service fee +
     * insurance), the pricing formula without its margin, rounded half-up to the minor unit of
     * {@code currency}. Empty until both the cost and the rates are known.
     */
    public Optional<Money> unitCost(Rates global, String currency) {
        Rates effective = Rates.newest(rates, global);
        if (baseCost == null || effective == null) {
            return Optional.empty();
        }
        BigDecimal factor = BigDecimal.ONE.add(effective.serviceFeeRate).add(effective.insuranceRate);
        return Optional.of(baseCost.convert(effective.exchangeRate.multiply(factor), currency, RoundingMode.HALF_UP));
    }
}
