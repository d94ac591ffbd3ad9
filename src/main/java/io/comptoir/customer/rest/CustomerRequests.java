package io.comptoir.customer.rest;

import io.comptoir.customer.domain.CustomerTier;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.web.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the customer endpoints. */
final class CustomerRequests {

    private CustomerRequests() {}

    /** {@code POST /api/customers}: {@code customerId} only from admins (a customer onboards themself). */
    record Onboard(
            @Pattern(regexp = Identifiers.ID) String customerId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank
                    @Pattern(
                            regexp = "\\+?[0-9][0-9 ().-]{5,29}",
                            message = "must be a phone number: digits, spaces, '.', '-', '(', ')', an optional '+'")
                    String phone,
            @Pattern(regexp = "fr|en", message = "must be fr or en") String language) {}

    /** {@code POST /api/customers/{id}/deactivate}. */
    record Deactivate(@Size(max = 500) String reason) {}

    /** {@code POST /api/customers/{id}/promote}. */
    record Promote(@NotNull CustomerTier tier, @NotBlank @Size(max = 500) String reason) {}

    /** {@code POST /api/customers/{id}/profile}: seed 004's inputs; income yearly, in minor units. */
    record Profile(
            @NotNull @Min(1) @Max(120) Integer age,
            @NotNull @Valid @ValidMoney Money income,
            @NotNull @Min(300) @Max(850) Integer creditScore,
            @NotNull Boolean firstPayment) {}
}
