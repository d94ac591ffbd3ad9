package io.comptoir.events.notification;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code notification.message.failed}: a message given up after its retries. */
@RegisterForReflection
public record NotificationFailed(
        @NotBlank String notificationId,
        String customerId,
        @NotBlank String channel,
        @NotBlank String template,
        @NotBlank String reason,
        int attempts) {}
