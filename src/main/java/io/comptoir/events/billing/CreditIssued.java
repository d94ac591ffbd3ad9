package io.comptoir.events.billing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code billing.credit.issued}: a credit note (avoir) against an invoice. */
@RegisterForReflection
public record CreditIssued(
        @NotBlank String creditNoteId,
        @NotBlank String number,
        @NotBlank String invoiceId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        String reason) {}
