package io.comptoir.events.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Payload of {@code customer.customer.profiled}: the risk segment ({@code LOW_RISK}, {@code
 * MEDIUM_RISK}, {@code HIGH_RISK}), the tier the profile earns, whether the customer is eligible for
 * promotion, the perks, and the reasons for each.
 */
@RegisterForReflection
public record CustomerProfiled(
        @NotBlank String customerId,
        @NotBlank String segment,
        @NotBlank String tier,
        boolean eligible,
        @NotNull List<String> perks,
        @NotNull List<String> reasons) {}
