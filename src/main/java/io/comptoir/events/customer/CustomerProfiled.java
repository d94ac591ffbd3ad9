package io.comptoir.events.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Payload of {@code customer.customer.profiled}: segment and tier with the reasons. */
@RegisterForReflection
public record CustomerProfiled(
        @NotBlank String customerId, @NotBlank String segment, @NotBlank String tier, @NotNull List<String> reasons) {}
