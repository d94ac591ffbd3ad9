package io.comptoir.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.kernel.money.Money;
import io.comptoir.shipping.config.ShippingConfig;
import io.comptoir.shipping.domain.Parcel;
import io.comptoir.shipping.domain.ShippingMethod;
import io.comptoir.shipping.domain.ShippingRates;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped cost tables of application.properties, with worked XOF examples. */
class ShippingRatesTest {

    private static final Parcel BOX = new Parcel(2_500, 40, 30, 20);

    private final ShippingRates rates = new ShippingRates(tables());

    private static ShippingConfig tables() {
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withMapping(ShippingConfig.class)
                    .withSources(new PropertiesConfigSource(
                            ShippingRatesTest.class.getResource("/application.properties"), 100))
                    .build();
            return config.getConfigMapping(ShippingConfig.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    @Test
    void airChargesTheVolumetricWeightWhenItIsMore() {
        // 40 × 30 × 20 = 24,000 cm³: 4.8 kg at 5,000 cm³/kg > 2.5 kg; 3,000 + 9,500 × 4.8 = 48,600.
        ShippingRates.Quote express =
                rates.quote(ShippingMethod.AIR_EXPRESS, "abidjan", BOX).orElseThrow();
        assertThat(express.cost()).isEqualTo(xof(48_600));
        assertThat(express.chargeableKg()).isEqualByComparingTo(new BigDecimal("4.8"));
        assertThat(express.transitDays()).isEqualTo(5);
        // At 6,000 cm³/kg: 4 kg; 2,000 + 7,000 × 4 = 30,000.
        assertThat(rates.quote(ShippingMethod.AIR_STANDARD, "abidjan", BOX)
                        .orElseThrow()
                        .cost())
                .isEqualTo(xof(30_000));
        // A dense parcel pays its actual weight: 10 kg in 24,000 cm³; 3,000 + 95,000 = 98,000.
        assertThat(rates.quote(ShippingMethod.AIR_EXPRESS, "abidjan", new Parcel(10_000, 40, 30, 20))
                        .orElseThrow()
                        .cost())
                .isEqualTo(xof(98_000));
    }

    @Test
    void seaChargesTheVolumeAndLocalDeliveryTheWeight() {
        // 0.024 m³ × 350,000 + 5,000 = 13,400.
        assertThat(rates.quote(ShippingMethod.SEA_FREIGHT, "abidjan", BOX)
                        .orElseThrow()
                        .cost())
                .isEqualTo(xof(13_400));
        // 1,500 + 200 × 2.5 = 2,000.
        assertThat(rates.quote(ShippingMethod.LOCAL_DELIVERY, "abidjan", BOX)
                        .orElseThrow()
                        .cost())
                .isEqualTo(xof(2_000));
        // 1,500 + 200 × 1.234 = 1,746.8 → 1,747 → up to a multiple of 25: 1,750.
        assertThat(rates.quote(ShippingMethod.LOCAL_DELIVERY, "abidjan", new Parcel(1_234, 10, 10, 10))
                        .orElseThrow()
                        .cost())
                .isEqualTo(xof(1_750));
    }

    @Test
    void optionsAreTheMethodsServingTheZoneCheapestFirst() {
        List<ShippingRates.Quote> abidjan = rates.options("abidjan", BOX);
        assertThat(abidjan)
                .extracting(ShippingRates.Quote::method)
                .containsExactly(
                        ShippingMethod.LOCAL_DELIVERY,
                        ShippingMethod.SEA_FREIGHT,
                        ShippingMethod.AIR_STANDARD,
                        ShippingMethod.AIR_EXPRESS);
        assertThat(abidjan).extracting(ShippingRates.Quote::transitDays).containsExactly(1, 45, 12, 5);

        // Local delivery does not serve the other WAEMU countries; a zone's own transit time wins.
        assertThat(rates.options("uemoa", BOX))
                .extracting(ShippingRates.Quote::method)
                .doesNotContain(ShippingMethod.LOCAL_DELIVERY)
                .hasSize(3);
        assertThat(rates.quote(ShippingMethod.LOCAL_DELIVERY, "cote-divoire", BOX)
                        .orElseThrow()
                        .transitDays())
                .isEqualTo(3);
        assertThat(rates.options("mars", BOX)).isEmpty();
    }
}
