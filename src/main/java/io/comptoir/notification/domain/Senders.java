package io.comptoir.notification.domain;

import io.comptoir.notification.provider.PushProvider;
import io.comptoir.notification.provider.SmsProvider;
import io.comptoir.notification.provider.WhatsAppProvider;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands a message to its channel: emails to the Quarkus mailer (SMTP, or the mock mailbox), the rest to their providers. */
@ApplicationScoped
class Senders {

    private final Mailer mailer;
    private final SmsProvider sms;
    private final PushProvider push;
    private final WhatsAppProvider whatsApp;

    Senders(Mailer mailer, SmsProvider sms, PushProvider push, WhatsAppProvider whatsApp) {
        this.mailer = mailer;
        this.sms = sms;
        this.push = push;
        this.whatsApp = whatsApp;
    }

    /** Throws when the channel could not take the message. */
    void send(Message message) {
        switch (message.channel) {
            case EMAIL -> mailer.send(Mail.withText(message.recipient, message.subject, message.body));
            case SMS -> sms.sendSms(message.recipient, message.body);
            case PUSH -> push.push(message.recipient, message.subject, message.body);
            case WHATSAPP -> whatsApp.sendWhatsApp(message.recipient, message.body);
        }
    }
}
