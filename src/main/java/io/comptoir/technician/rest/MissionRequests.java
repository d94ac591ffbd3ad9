package io.comptoir.technician.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.technician.domain.Mission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the technician marketplace. */
final class MissionRequests {

    private MissionRequests() {}

    /** {@code POST /api/missions}: what is to be done, where, and the budget the customer has in mind. */
    record NewMission(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4_000) String description,
            @Valid @ValidMoney(min = 1) Money budget,
            @Size(max = 200) String location) {

        Mission toMission(String customerId) {
            Mission mission = new Mission();
            mission.customerId = customerId;
            mission.title = title.strip();
            mission.description = description;
            mission.budget = budget;
            mission.location = location;
            return mission;
        }
    }

    /** {@code POST /api/missions/{id}/bids}: the technician's price for the whole mission. */
    record NewBid(@NotNull @Valid @ValidMoney(min = 1) Money amount, @Size(max = 2_000) String message) {}

    /** {@code POST /api/missions/{id}/assign}: the bid the customer chooses. */
    record Assign(@NotNull @Pattern(regexp = Identifiers.ID) String bidId) {}
}
