package io.comptoir.loyalty.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The loyalty programme's rules (seed 000: 1 point per 1,000 FCFA, first-purchase bonus, tiers, rewards). */
@ConfigMapping(prefix = "comptoir.loyalty")
public interface LoyaltyConfig {

    /** Currency in which spending earns points; orders in other currencies earn none. */
    @WithDefault("XOF")
    String currency();

    /** Minor units of {@link #currency()} spent per point earned. */
    @WithDefault("1000")
    long spendPerPoint();

    /** Extra points for a customer's first order. */
    @WithDefault("100")
    long firstPurchaseBonus();

    /** Qualifying points needed for Bronze, Silver, Gold, Platinum and Diamond, in that order. */
    @WithDefault("0,1000,5000,15000,50000")
    List<Long> tierThresholds();

    /** Point multipliers of Bronze, Silver, Gold, Platinum and Diamond, in that order. */
    @WithDefault("1.0,1.1,1.25,1.5,2.0")
    List<BigDecimal> tierMultipliers();

    /** Rewards by id, each unlocked once when the lifetime points credited reach its threshold. */
    Map<String, Long> rewards();

    /** How long credited points can be spent before they expire. */
    @WithDefault("P365D")
    Duration pointsExpireAfter();

    /** How often points past their expiry are taken off the balances. */
    @WithDefault("1h")
    Duration expiryCheckEvery();
}
