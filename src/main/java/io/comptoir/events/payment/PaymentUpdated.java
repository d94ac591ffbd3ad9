package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code payment.payment.updated}: another status change of a payment. */
@RegisterForReflection
public record PaymentUpdated(
        @NotBlank String paymentId, @NotBlank String orderId, @NotBlank String status, String providerStatus) {}
