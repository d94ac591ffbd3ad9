package io.comptoir.notification.rest;

import io.comptoir.kernel.web.Identifiers;
import io.comptoir.notification.domain.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the notification endpoints. */
final class NotificationRequests {

    /** A phone number in E.164 form: {@code +225 07 00 00 00 00} written {@code +2250700000000}. */
    static final String PHONE = "\\+[1-9][0-9]{6,14}";

    static final String LANGUAGE = "fr|en";

    private NotificationRequests() {}

    /** {@code PUT /api/notifications/preferences/{customerId}}: {@code optedOut} absent is false. */
    record PreferencesBody(
            @NotNull @Size(max = 4) List<@NotNull Channel> channels,
            Boolean optedOut,
            @Pattern(regexp = LANGUAGE, message = "must be fr or en") String language) {}

    /** {@code POST /api/notifications/email}: an email written by an admin. */
    record DirectEmail(
            @NotBlank @Email @Size(max = 254) String to,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 10_000) String text,
            @Pattern(regexp = Identifiers.ID) String customerId) {}

    /** {@code POST /api/notifications/sms}: a text message written by an admin. */
    record DirectSms(
            @NotBlank @Pattern(regexp = PHONE, message = "must be a phone number in E.164 form, e.g. +2250700000000")
                    String to,
            @NotBlank @Size(max = 640) String message,
            @Pattern(regexp = Identifiers.ID) String customerId) {}
}
