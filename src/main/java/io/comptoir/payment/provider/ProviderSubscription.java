package io.comptoir.payment.provider;

import java.time.Instant;

/** A subscription as the provider answered it: its reference, status, the first payment's client secret. */
public record ProviderSubscription(String reference, String status, String clientSecret, Instant currentPeriodEnd) {}
