package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code analytics.payment.recorded}: one payment outcome for the admin analytics. */
@RegisterForReflection
public record PaymentRecorded(
        @NotBlank String paymentId,
        String orderId,
        @NotBlank String method,
        @NotBlank String status,
        @NotNull @Valid Money amount,
        @NotNull Instant recordedAt) {}
