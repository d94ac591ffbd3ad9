package io.comptoir.events.technician;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Payload of {@code technician.mission.completed}: the work is done; billing invoices it, the
 * notification engine asks the customer for a review. It carries what the assignment did, so a
 * consumer that sees it first needs nothing else.
 */
@RegisterForReflection
public record MissionCompleted(
        @NotBlank String missionId,
        @NotBlank String technicianId,
        @NotBlank String customerId,
        @NotBlank String title,
        @NotBlank String bidId,
        @NotNull @Valid Money amount,
        @NotNull Instant completedAt) {}
