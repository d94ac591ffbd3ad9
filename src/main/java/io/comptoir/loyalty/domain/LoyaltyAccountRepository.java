package io.comptoir.loyalty.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Loyalty accounts, one per customer. */
@ApplicationScoped
public class LoyaltyAccountRepository extends AggregateRepository<LoyaltyAccount> {}
