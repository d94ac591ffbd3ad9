package io.comptoir.events.billing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Payload of {@code billing.invoice.overdue}. */
@RegisterForReflection
public record InvoiceOverdue(
        @NotBlank String invoiceId,
        @NotBlank String number,
        @NotBlank String customerId,
        @NotNull @Valid Money amountDue,
        @NotNull LocalDate dueDate) {}
