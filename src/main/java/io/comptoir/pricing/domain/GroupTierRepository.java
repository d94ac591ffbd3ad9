package io.comptoir.pricing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Group buy tiers activated. */
@ApplicationScoped
public class GroupTierRepository extends AggregateRepository<GroupTier> {}
