package io.comptoir.events.notification;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code notification.email|sms|push|whatsapp.sent}. */
@RegisterForReflection
public record NotificationSent(
        @NotBlank String notificationId,
        String customerId,
        @NotBlank String channel,
        @NotBlank String template,
        @NotBlank String recipient,
        @NotNull Instant sentAt) {}
