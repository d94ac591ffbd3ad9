package io.comptoir.profitability.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** The pricing engine's global settings as last announced ({@code pricing.settings.changed}); one document. */
@MongoEntity(collection = "profitability_settings")
public class GlobalRates extends Aggregate {

    public static final String ID = "pricing";

    public Rates rates;
}
