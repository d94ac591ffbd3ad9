package io.comptoir.pricing.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.groupbuy.ThresholdReached;
import io.comptoir.events.pricing.PriceTierActivated;
import io.comptoir.kernel.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A group buy reaching a tier activates that tier's unit price for the group's sku: announced as
 * {@code pricing.tier.activated} with the group's id, once per group and tier (the tier's document
 * is created by the first report; a report under another event id finds it activated).
 */
@ApplicationScoped
public class GroupTiers {

    private final GroupTierRepository tiers;

    GroupTiers(GroupTierRepository tiers) {
        this.tiers = tiers;
    }

    public void onThresholdReached(ThresholdReached reached, EventEnvelope event) {
        tiers.apply(reached.groupId() + "/" + reached.minQuantity(), event, GroupTier::new, (tier, events) -> {
            if (tier.activatedAt != null) {
                return;
            }
            tier.groupId = reached.groupId();
            tier.productId = reached.productId();
            tier.sku = reached.sku();
            tier.minQuantity = reached.minQuantity();
            tier.unitPrice = reached.unitPrice();
            tier.activatedAt = Instant.now();
            events.add(
                    Topic.PRICING_TIER_ACTIVATED,
                    reached.productId(),
                    new PriceTierActivated(
                            reached.productId(),
                            reached.sku(),
                            reached.groupId(),
                            reached.minQuantity(),
                            reached.unitPrice()));
        });
    }
}
