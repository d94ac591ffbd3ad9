package io.comptoir.events.shipping;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code shipping.shipment.updated}: a tracking update. */
@RegisterForReflection
public record ShipmentUpdated(
        @NotBlank String shipmentId,
        @NotBlank String orderId,
        @NotBlank String status,
        String location,
        @NotNull Instant at) {}
