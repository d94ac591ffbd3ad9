package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Provider customers, by Comptoir customer id. */
@ApplicationScoped
public class PaymentCustomerRepository extends AggregateRepository<PaymentCustomer> {}
