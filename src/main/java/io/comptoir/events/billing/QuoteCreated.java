package io.comptoir.events.billing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/** Payload of {@code billing.quote.created}: a quote (devis) and what it offers. */
@RegisterForReflection
public record QuoteCreated(
        @NotBlank String quoteId,
        @NotBlank String number,
        @NotBlank String customerId,
        @NotEmpty List<@NotNull @Valid QuoteLine> lines,
        @NotNull @Valid Money total,
        @NotNull LocalDate validUntil) {
    /** One quoted item. */
    @RegisterForReflection
    public record QuoteLine(@NotBlank String description, @Positive int quantity, @NotNull @Valid Money unitPrice) {}
}
