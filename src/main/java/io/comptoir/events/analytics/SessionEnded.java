package io.comptoir.events.analytics;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code analytics.session.ended}. */
@RegisterForReflection
public record SessionEnded(@NotBlank String sessionId, @NotNull Instant endedAt, long events) {}
