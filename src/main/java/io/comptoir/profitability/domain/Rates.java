package io.comptoir.profitability.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The pricing engine's rates as of {@code asOf}: the product's own (from its last computed price)
 * or the global settings; whichever is newer holds, since a settings change that leaves a price
 * unchanged still changes the cost behind it.
 */
public class Rates {

    public BigDecimal exchangeRate;
    public BigDecimal serviceFeeRate;
    public BigDecimal insuranceRate;
    public Instant asOf;

    public Rates() {}

    Rates(BigDecimal exchangeRate, BigDecimal serviceFeeRate, BigDecimal insuranceRate, Instant asOf) {
        this.exchangeRate = exchangeRate;
        this.serviceFeeRate = serviceFeeRate;
        this.insuranceRate = insuranceRate;
        this.asOf = asOf;
    }

    static Rates newest(Rates a, Rates b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.asOf.isAfter(a.asOf) ? b : a;
    }

    boolean olderThan(Instant instant) {
        return asOf.isBefore(instant);
    }
}
