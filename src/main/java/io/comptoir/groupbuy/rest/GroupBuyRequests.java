package io.comptoir.groupbuy.rest;

import io.comptoir.groupbuy.domain.GroupBuy;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Request bodies of the group buy endpoints. */
final class GroupBuyRequests {

    static final String PAYMENT_METHOD = "CARD|MOBILE_MONEY|CASH_ON_DELIVERY";

    private GroupBuyRequests() {}

    /** A tier: from {@code minQuantity} units in the whole group, this unit price. */
    record TierBody(@Min(1) @Max(1_000_000) int minQuantity, @NotNull @Valid @ValidMoney(min = 1) Money unitPrice) {}

    /** {@code POST /api/group-buys}. */
    record NewGroup(
            @NotNull @Pattern(regexp = Identifiers.ID) String productId,
            @NotNull @Pattern(regexp = Identifiers.SKU, message = Identifiers.SKU_MESSAGE) String sku,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid TierBody> tiers,
            @NotNull Instant deadline) {

        /** The group as stored; 422 when the tiers do not get cheaper as they grow, or the deadline has passed. */
        GroupBuy toGroup() {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 1; i < tiers.size(); i++) {
                TierBody lower = tiers.get(i - 1);
                TierBody higher = tiers.get(i);
                if (higher.minQuantity() <= lower.minQuantity()) {
                    errors.add(new Problem.FieldError(
                            "tiers[" + i + "].minQuantity", "must be more than the previous tier's"));
                }
                if (!higher.unitPrice().currency().equals(lower.unitPrice().currency())) {
                    errors.add(new Problem.FieldError(
                            "tiers[" + i + "].unitPrice", "must be in the previous tier's currency"));
                } else if (higher.unitPrice().amount() >= lower.unitPrice().amount()) {
                    errors.add(new Problem.FieldError(
                            "tiers[" + i + "].unitPrice", "must be less than the previous tier's"));
                }
            }
            if (!deadline.isAfter(Instant.now())) {
                errors.add(new Problem.FieldError("deadline", "must be in the future"));
            }
            if (!errors.isEmpty()) {
                throw new UnprocessableException("contradictory terms", errors);
            }
            GroupBuy group = new GroupBuy();
            group.productId = productId;
            group.sku = sku;
            group.tiers = new ArrayList<>(tiers.stream()
                    .map(t -> new GroupBuy.Tier(t.minQuantity(), t.unitPrice()))
                    .toList());
            group.deadline = deadline;
            return group;
        }
    }

    /**
     * {@code POST /api/group-buys/{id}/participants}: the caller's quantity (joining, or raising it)
     * and how they will pay the order placed at the close (cash on delivery when not said).
     */
    record Join(
            @Min(1) @Max(10_000) int quantity,
            @Pattern(regexp = PAYMENT_METHOD, message = "must be one of " + PAYMENT_METHOD) String paymentMethod) {

        String paymentMethodOrDefault() {
            return paymentMethod == null ? "CASH_ON_DELIVERY" : paymentMethod;
        }
    }
}
