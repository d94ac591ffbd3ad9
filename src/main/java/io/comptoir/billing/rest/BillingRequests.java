package io.comptoir.billing.rest;

import io.comptoir.billing.domain.DocumentLine;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.web.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the billing endpoints. */
final class BillingRequests {

    private BillingRequests() {}

    /** {@code POST /api/quotes}: lines in one currency; open until {@code validUntil} (default: configured days). */
    record NewQuote(
            @NotBlank @Size(max = 100) String customerId,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
            LocalDate validUntil) {

        List<DocumentLine> toLines() {
            return lines.stream()
                    .map(l -> new DocumentLine(l.description(), l.sku(), l.quantity(), l.unitPrice()))
                    .toList();
        }
    }

    /** One quoted item or service. */
    record Line(
            @NotBlank @Size(max = 300) String description,
            @Pattern(regexp = Identifiers.SKU, message = Identifiers.SKU_MESSAGE) String sku,
            @Min(1) @Max(100_000) int quantity,
            @NotNull @Valid @ValidMoney(min = 1) Money unitPrice) {}
}
