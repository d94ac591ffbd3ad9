package io.comptoir.shipping.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.shipping.config.ShippingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Prices a parcel with the configured tables: base + per kg × chargeable kg + per m³ × volume,
 * rounded up to the minor unit and then to the rounding step. The chargeable weight is the actual
 * weight, or for air the volumetric weight (L × W × H / divisor) when that is more.
 */
@ApplicationScoped
public class ShippingRates {

    /** A method's price and transit time for a parcel to a zone. */
    public record Quote(ShippingMethod method, String zone, Money cost, BigDecimal chargeableKg, int transitDays) {}

    private final ShippingConfig config;

    public ShippingRates(ShippingConfig config) {
        this.config = config;
    }

    /** Empty when the method does not serve the zone. */
    public Optional<Quote> quote(ShippingMethod method, String zone, Parcel parcel) {
        ShippingConfig.Method table = config.methods().get(method.key());
        if (table == null || !table.rates().containsKey(zone)) {
            return Optional.empty();
        }
        ShippingConfig.Rate rate = table.rates().get(zone);
        BigDecimal kg = parcel.kilograms();
        if (table.volumetricDivisor().isPresent()) {
            BigDecimal volumetric = BigDecimal.valueOf(parcel.volumeCubicCm())
                    .divide(BigDecimal.valueOf(table.volumetricDivisor().getAsInt()), 3, RoundingMode.CEILING);
            kg = kg.max(volumetric);
        }
        long amount = BigDecimal.valueOf(rate.base())
                .add(BigDecimal.valueOf(rate.perKg()).multiply(kg))
                .add(BigDecimal.valueOf(rate.perCubicMetre()).multiply(parcel.cubicMetres()))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        Money cost = Money.of(amount, config.currency()).roundTo(config.roundingStep(), RoundingMode.UP);
        return Optional.of(new Quote(method, zone, cost, kg, rate.transitDays().orElse(table.transitDays())));
    }

    /** Every method that serves the zone, cheapest first. */
    public List<Quote> options(String zone, Parcel parcel) {
        return Arrays.stream(ShippingMethod.values())
                .flatMap(m -> quote(m, zone, parcel).stream())
                .sorted((a, b) -> a.cost().compareTo(b.cost()))
                .toList();
    }
}
