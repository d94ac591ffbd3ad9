package io.comptoir.events.billing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Payload of {@code billing.invoice.generated}: an invoice with its gap-free number, from an order or a quote. */
@RegisterForReflection
public record InvoiceGenerated(
        @NotBlank String invoiceId,
        @NotBlank String number,
        @NotBlank String customerId,
        String orderId,
        String quoteId,
        @NotNull @Valid Money total,
        @NotNull LocalDate dueDate) {}
