package io.comptoir.events.shipping;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code shipping.shipment.delivered}. */
@RegisterForReflection
public record ShipmentDelivered(@NotBlank String shipmentId, @NotBlank String orderId, @NotNull Instant deliveredAt) {}
