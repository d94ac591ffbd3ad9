package io.comptoir.events.groupbuy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code groupbuy.group.expired}: the deadline passed with no tier reached. */
@RegisterForReflection
public record GroupExpired(@NotBlank String groupId, @NotBlank String productId, long totalQuantity) {}
