package io.comptoir.events.groupbuy;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code groupbuy.group.closed}: the deadline passed with a tier reached. */
@RegisterForReflection
public record GroupClosed(
        @NotBlank String groupId,
        @NotBlank String productId,
        @NotNull @Valid Money unitPrice,
        long totalQuantity,
        int participants) {}
