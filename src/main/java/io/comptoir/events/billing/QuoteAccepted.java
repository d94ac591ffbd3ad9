package io.comptoir.events.billing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code billing.quote.accepted}. */
@RegisterForReflection
public record QuoteAccepted(
        @NotBlank String quoteId,
        @NotBlank String customerId,
        @NotNull @Valid Money total,
        @NotNull Instant acceptedAt) {}
