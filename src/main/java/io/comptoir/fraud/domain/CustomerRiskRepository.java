package io.comptoir.fraud.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The fraud engine's customer histories, one per customer. */
@ApplicationScoped
public class CustomerRiskRepository extends AggregateRepository<CustomerRisk> {}
