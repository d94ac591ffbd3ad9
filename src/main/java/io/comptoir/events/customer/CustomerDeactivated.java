package io.comptoir.events.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code customer.customer.deactivated}. */
@RegisterForReflection
public record CustomerDeactivated(@NotBlank String customerId, String reason) {}
