package io.comptoir.events.technician;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code technician.mission.completed}. */
@RegisterForReflection
public record MissionCompleted(
        @NotBlank String missionId,
        @NotBlank String technicianId,
        @NotBlank String customerId,
        @NotNull Instant completedAt) {}
