package io.comptoir.notification.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Group buys' participants. */
@ApplicationScoped
public class GroupMembersRepository extends AggregateRepository<GroupMembers> {}
