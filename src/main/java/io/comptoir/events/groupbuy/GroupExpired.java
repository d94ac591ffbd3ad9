package io.comptoir.events.groupbuy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code groupbuy.group.expired}: the deadline passed with no tier reached; nothing is ordered. */
@RegisterForReflection
public record GroupExpired(
        @NotBlank String groupId,
        @NotBlank String productId,
        long totalQuantity,
        int participants,
        @NotNull Instant expiredAt) {}
