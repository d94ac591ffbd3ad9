package io.comptoir.billing.domain;

/** An invoice's life: numbered, then paid or overdue, or cancelled out by credit notes. */
public enum InvoiceStatus {
    /** Created, its number being allocated; not a legal document yet. */
    ISSUING,
    ISSUED,
    OVERDUE,
    PAID,
    /** Credited in full. */
    CREDITED
}
