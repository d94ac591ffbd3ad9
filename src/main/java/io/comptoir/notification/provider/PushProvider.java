package io.comptoir.notification.provider;

/** Sends a push notification to a customer's devices (Firebase Cloud Messaging, …); throws when it could not. */
public interface PushProvider {

    void push(String customerId, String title, String text);
}
