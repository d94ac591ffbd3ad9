package io.comptoir.events.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code customer.customer.onboarded}. */
@RegisterForReflection
public record CustomerOnboarded(
        @NotBlank String customerId, @NotBlank String name, @NotBlank String email, String phone, String language) {}
