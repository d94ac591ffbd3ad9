package io.comptoir.notification.provider;

/** Sends a text message (an SMS gateway: Twilio, Orange SMS API, …); throws when it could not. */
public interface SmsProvider {

    void sendSms(String phone, String text);
}
