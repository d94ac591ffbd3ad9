package io.comptoir.events.technician;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code technician.bid.placed}. */
@RegisterForReflection
public record BidPlaced(
        @NotBlank String missionId,
        @NotBlank String bidId,
        @NotBlank String technicianId,
        @NotNull @Valid Money amount,
        String message) {}
