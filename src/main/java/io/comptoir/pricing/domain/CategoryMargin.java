package io.comptoir.pricing.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;

/** The margin rate of one category (its id is the category id), overriding the default margin. */
@MongoEntity(collection = "pricing_margins")
public class CategoryMargin extends Aggregate {

    public BigDecimal marginRate;
}
