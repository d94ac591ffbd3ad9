package io.comptoir.shipping.domain;

import java.util.Locale;

/** How a parcel travels; each has its cost table under {@code comptoir.shipping.methods.<key>}. */
public enum ShippingMethod {
    AIR_EXPRESS,
    AIR_STANDARD,
    SEA_FREIGHT,
    LOCAL_DELIVERY;

    /** The configuration key: {@code air-express}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
