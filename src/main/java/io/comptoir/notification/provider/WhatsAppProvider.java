package io.comptoir.notification.provider;

/** Sends a WhatsApp message (the WhatsApp Business Cloud API, …); throws when it could not. */
public interface WhatsAppProvider {

    void sendWhatsApp(String phone, String text);
}
