package io.comptoir.notification.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Technician missions as far as notifications need them. */
@ApplicationScoped
public class MissionRepository extends AggregateRepository<Mission> {}
