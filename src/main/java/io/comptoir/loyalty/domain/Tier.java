package io.comptoir.loyalty.domain;

/** Loyalty tiers, lowest first; thresholds and multipliers come from the configuration. */
public enum Tier {
    BRONZE,
    SILVER,
    GOLD,
    PLATINUM,
    DIAMOND
}
