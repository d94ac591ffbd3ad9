package io.comptoir.shipping.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The shipping cost tables: per method (keys {@code air-express}, {@code air-standard}, {@code
 * sea-freight}, {@code local-delivery}), its volumetric divisor and transit time, and per
 * destination zone a base price, a price per chargeable kilogram and per cubic metre. A method
 * without a rate for a zone does not serve it. The defaults are in {@code application.properties}.
 */
@ConfigMapping(prefix = "comptoir.shipping")
public interface ShippingConfig {

    /** Currency of the rates, in minor units. */
    @WithDefault("XOF")
    String currency();

    /** Costs are rounded up to a multiple of this many minor units. */
    @WithDefault("25")
    long roundingStep();

    Map<String, Method> methods();

    /** One shipping method. */
    interface Method {

        /** cm³ per chargeable kg (air: 5000 or 6000); none when only the actual weight counts. */
        OptionalInt volumetricDivisor();

        int transitDays();

        /** Rates per destination zone. */
        Map<String, Rate> rates();
    }

    /** The price of a parcel to one zone: base + per kg × chargeable kg + per m³ × volume. */
    interface Rate {
        long base();

        @WithDefault("0")
        long perKg();

        @WithDefault("0")
        long perCubicMetre();

        /** Transit days to this zone, when they differ from the method's. */
        Optional<Integer> transitDays();
    }
}
