package io.comptoir.shipping.rest;

import io.comptoir.kernel.web.Identifiers;
import io.comptoir.shipping.domain.Parcel;
import io.comptoir.shipping.domain.ShippingMethod;
import io.comptoir.shipping.domain.TrackingStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request bodies of the shipping endpoints. */
final class ShippingRequests {

    static final String ZONE = "[a-z0-9-]{1,50}";

    private ShippingRequests() {}

    /** A parcel: up to 1,000 kg and 5 m a side. */
    record ParcelBody(
            @Min(1) @Max(1_000_000) int weightGrams,
            @Min(1) @Max(500) int lengthCm,
            @Min(1) @Max(500) int widthCm,
            @Min(1) @Max(500) int heightCm) {

        Parcel toParcel() {
            return new Parcel(weightGrams, lengthCm, widthCm, heightCm);
        }
    }

    /** {@code POST /api/shipments}. */
    record NewShipment(
            @NotBlank @Pattern(regexp = Identifiers.ID) String orderId,
            @NotNull ShippingMethod method,
            @NotNull @Pattern(regexp = ZONE) String zone,
            @NotNull @Valid ParcelBody parcel,
            @Size(max = 100) String trackingNumber) {}

    /** {@code POST /api/shipments/{id}/tracking}: a carrier's report. */
    record Report(@NotNull TrackingStatus status, @Size(max = 200) String location, Instant at) {}
}
