package io.comptoir.analytics.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The analytics engine's Session documents. */
@ApplicationScoped
public class SessionRepository extends AggregateRepository<Session> {}
