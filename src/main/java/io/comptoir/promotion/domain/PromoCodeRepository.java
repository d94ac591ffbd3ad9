package io.comptoir.promotion.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Promo codes and their redemptions. */
@ApplicationScoped
public class PromoCodeRepository extends AggregateRepository<PromoCode> {}
