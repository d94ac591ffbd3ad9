package io.comptoir.promotion.domain;

/** An offer waits for its start, runs (announced started), then ends (announced ended). */
public enum OfferStatus {
    SCHEDULED,
    RUNNING,
    ENDED
}
