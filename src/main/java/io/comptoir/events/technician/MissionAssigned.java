package io.comptoir.events.technician;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code technician.mission.assigned}: the customer chose a bid; billing quotes its amount. */
@RegisterForReflection
public record MissionAssigned(
        @NotBlank String missionId,
        @NotBlank String customerId,
        @NotBlank String title,
        @NotBlank String technicianId,
        @NotBlank String bidId,
        @NotNull @Valid Money amount) {}
