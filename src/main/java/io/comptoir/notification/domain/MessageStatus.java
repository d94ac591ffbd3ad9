package io.comptoir.notification.domain;

/** PENDING until sent (SENT) or given up after the configured attempts (FAILED). */
public enum MessageStatus {
    PENDING,
    SENT,
    FAILED
}
