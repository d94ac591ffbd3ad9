package io.comptoir.events.groupbuy;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code groupbuy.group.closed}: the deadline passed with a tier reached; every
 * participant buys their quantity at {@code unitPrice}, as the order {@code orderId} (derived from
 * the group and the customer, so it is placed once however often this event comes).
 */
@RegisterForReflection
public record GroupClosed(
        @NotBlank String groupId,
        @NotBlank String productId,
        @NotBlank String sku,
        @Positive int minQuantity,
        @NotNull @Valid Money unitPrice,
        long totalQuantity,
        @NotEmpty List<@NotNull @Valid Participant> participants,
        @NotNull Instant closedAt) {

    /** One member of the group and the order to place for them. */
    @RegisterForReflection
    public record Participant(
            @NotBlank String customerId,
            @Positive int quantity,
            @NotBlank @Pattern(regexp = "CARD|MOBILE_MONEY|CASH_ON_DELIVERY") String paymentMethod,
            @NotBlank String orderId) {}
}
