package io.comptoir.events.order;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code order.cart.updated}: a customer's cart as it now is, priced now (promotions
 * included in {@code total}); a line that cannot be ordered any more has no {@code unitPrice}, and
 * a cart with no orderable line no {@code total}.
 */
@RegisterForReflection
public record CartUpdated(
        @NotBlank String customerId,
        @NotNull List<@NotNull @Valid CartLine> lines,
        @Valid Money total,
        @NotNull Instant updatedAt) {
    /** One variant in the cart. */
    @RegisterForReflection
    public record CartLine(
            @NotBlank String productId, @NotBlank String sku, @Positive int quantity, @Valid Money unitPrice) {}
}
