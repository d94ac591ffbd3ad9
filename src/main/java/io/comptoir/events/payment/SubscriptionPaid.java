package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code payment.subscription.paid}: a recurring payment went through. */
@RegisterForReflection
public record SubscriptionPaid(
        @NotBlank String subscriptionId,
        @NotBlank String customerId,
        String invoiceReference,
        @NotNull @Valid Money amount,
        @NotNull Instant paidAt) {}
