package io.comptoir.events.fraud;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** Payload of {@code fraud.order.flagged}: an order held for review, with its score and reasons. */
@RegisterForReflection
public record OrderFlagged(
        @NotBlank String orderId, @NotBlank String customerId, int score, @NotEmpty List<String> reasons) {}
