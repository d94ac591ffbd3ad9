package io.comptoir.events.technician;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code technician.mission.created}. */
@RegisterForReflection
public record MissionCreated(
        @NotBlank String missionId,
        @NotBlank String customerId,
        @NotBlank String title,
        String description,
        @Valid Money budget,
        String location) {}
