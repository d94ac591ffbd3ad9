package io.comptoir.technician.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Missions and their bids, written with their events through the kernel's outbox. */
@ApplicationScoped
public class MissionRepository extends AggregateRepository<Mission> {}
