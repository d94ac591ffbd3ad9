package io.comptoir.notification.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Messages, sent or waiting for another attempt. */
@ApplicationScoped
public class MessageRepository extends AggregateRepository<Message> {}
