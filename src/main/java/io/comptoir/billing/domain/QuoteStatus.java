package io.comptoir.billing.domain;

/** A quote is open until accepted (then invoiced) or past its validity. */
public enum QuoteStatus {
    OPEN,
    ACCEPTED,
    INVOICED
}
