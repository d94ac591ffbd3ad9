package io.comptoir.events.analytics;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

/** Payload of {@code analytics.event.tracked}: one tracked client event. */
@RegisterForReflection
public record EventTracked(
        @NotBlank String sessionId,
        String customerId,
        @NotBlank String name,
        Map<String, String> properties,
        @NotNull Instant at) {}
