package io.comptoir.customer.domain;

/** Seed 004's customer tiers, lowest first: a promotion only ever moves a customer up. */
public enum CustomerTier {
    BRONZE,
    SILVER,
    GOLD,
    PREMIUM;

    public boolean isAbove(CustomerTier other) {
        return compareTo(other) > 0;
    }
}
