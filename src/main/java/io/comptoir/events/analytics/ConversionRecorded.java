package io.comptoir.events.analytics;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code analytics.conversion.recorded}: a session that ended in an order. */
@RegisterForReflection
public record ConversionRecorded(
        @NotBlank String sessionId, String customerId, @NotBlank String orderId, @NotNull @Valid Money amount) {}
