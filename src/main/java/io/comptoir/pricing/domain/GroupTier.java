package io.comptoir.pricing.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/**
 * A group buy's tier the pricing engine activated (its id is the group's and the tier's), so each
 * tier is activated once however often its threshold is reported.
 */
@MongoEntity(collection = "pricing_group_tiers")
public class GroupTier extends Aggregate {

    public String groupId;
    public String productId;
    public String sku;
    public int minQuantity;
    public Money unitPrice;
    public Instant activatedAt;
}
