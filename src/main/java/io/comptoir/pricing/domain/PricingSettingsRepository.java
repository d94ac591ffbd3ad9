package io.comptoir.pricing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The global pricing settings (one document). */
@ApplicationScoped
public class PricingSettingsRepository extends AggregateRepository<PricingSettings> {}
