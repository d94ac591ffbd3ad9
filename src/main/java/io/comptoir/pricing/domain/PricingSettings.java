package io.comptoir.pricing.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The global pricing settings, one document ({@link #ID}); absent until an admin first sets them. */
@MongoEntity(collection = "pricing_settings")
public class PricingSettings extends Aggregate {

    public static final String ID = "global";

    public BigDecimal exchangeRate;
    public BigDecimal defaultMarginRate;
    public BigDecimal serviceFeeRate;
    public BigDecimal insuranceRate;
    public long roundingStep;
    public RoundingMode roundingMode;
}
