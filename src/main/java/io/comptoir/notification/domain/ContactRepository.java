package io.comptoir.notification.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Customers' contacts and preferences. */
@ApplicationScoped
public class ContactRepository extends AggregateRepository<Contact> {}
