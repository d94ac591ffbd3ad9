package io.comptoir.events.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code customer.customer.activated}. */
@RegisterForReflection
public record CustomerActivated(@NotBlank String customerId) {}
