package io.comptoir.shipping.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What is shipped: its weight and outer dimensions. */
public record Parcel(int weightGrams, int lengthCm, int widthCm, int heightCm) {

    public long volumeCubicCm() {
        return (long) lengthCm * widthCm * heightCm;
    }

    /** The volume in m³, to 6 decimals (1 cm³ exactly). */
    public BigDecimal cubicMetres() {
        return BigDecimal.valueOf(volumeCubicCm()).divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.UNNECESSARY);
    }

    public BigDecimal kilograms() {
        return BigDecimal.valueOf(weightGrams).divide(BigDecimal.valueOf(1000), 3, RoundingMode.UNNECESSARY);
    }
}
