package io.comptoir.events.groupbuy;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/** Payload of {@code groupbuy.group.created}: a group buy with its price tiers and deadline. */
@RegisterForReflection
public record GroupCreated(
        @NotBlank String groupId,
        @NotBlank String productId,
        @NotBlank String sku,
        @NotEmpty List<@NotNull @Valid Tier> tiers,
        @NotNull Instant deadline) {
    /** A unit price from a total quantity on. */
    @RegisterForReflection
    public record Tier(@Positive int minQuantity, @NotNull @Valid Money unitPrice) {}
}
