package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code payment.payment.completed}. */
@RegisterForReflection
public record PaymentCompleted(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        @NotBlank String provider,
        String providerReference,
        @NotNull Instant completedAt) {}
