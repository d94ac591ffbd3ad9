package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Promo code terms as the promotion engine announced them. */
@ApplicationScoped
public class PromoCodeTermsRepository extends AggregateRepository<PromoCodeTerms> {}
