package io.comptoir.events.shipping;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code shipping.shipment.created}. */
@RegisterForReflection
public record ShipmentCreated(
        @NotBlank String shipmentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotBlank String method,
        @NotNull @Valid Money cost,
        String trackingNumber) {}
