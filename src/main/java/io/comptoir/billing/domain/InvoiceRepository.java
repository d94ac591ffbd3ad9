package io.comptoir.billing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Invoices with their payments and credit notes. */
@ApplicationScoped
public class InvoiceRepository extends AggregateRepository<Invoice> {}
