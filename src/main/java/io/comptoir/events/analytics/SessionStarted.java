package io.comptoir.events.analytics;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code analytics.session.started}. */
@RegisterForReflection
public record SessionStarted(@NotBlank String sessionId, String customerId, @NotNull Instant startedAt) {}
