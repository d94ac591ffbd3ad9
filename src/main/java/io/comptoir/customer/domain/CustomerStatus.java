package io.comptoir.customer.domain;

/** PENDING once onboarded, ACTIVE once activated, INACTIVE once deactivated (and ACTIVE again when reactivated). */
public enum CustomerStatus {
    PENDING,
    ACTIVE,
    INACTIVE
}
