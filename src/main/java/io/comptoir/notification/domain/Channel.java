package io.comptoir.notification.domain;

import io.comptoir.events.Topic;
import java.util.Locale;

/** The ways a customer can be reached, each with its {@code notification.<channel>.sent} topic. */
public enum Channel {
    EMAIL(Topic.NOTIFICATION_EMAIL_SENT),
    SMS(Topic.NOTIFICATION_SMS_SENT),
    PUSH(Topic.NOTIFICATION_PUSH_SENT),
    WHATSAPP(Topic.NOTIFICATION_WHATSAPP_SENT);

    private final Topic sent;

    Channel(Topic sent) {
        this.sent = sent;
    }

    public Topic sentTopic() {
        return sent;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where this channel reaches the contact: null when the contact gave no such address. */
    String recipient(Contact contact) {
        return switch (this) {
            case EMAIL -> contact.email;
            case SMS, WHATSAPP -> contact.phone;
            // Push providers address a user's devices by the user id.
            case PUSH -> contact.id;
        };
    }
}
