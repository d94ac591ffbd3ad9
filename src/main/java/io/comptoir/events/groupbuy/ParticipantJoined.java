package io.comptoir.events.groupbuy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Payload of {@code groupbuy.participant.joined}: a customer joined, or raised their quantity
 * ({@code quantity} is theirs now, {@code totalQuantity} the group's).
 */
@RegisterForReflection
public record ParticipantJoined(
        @NotBlank String groupId, @NotBlank String customerId, @Positive int quantity, long totalQuantity) {}
