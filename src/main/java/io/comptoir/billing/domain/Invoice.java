package io.comptoir.billing.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An invoice (its id is the order's or the quote's it bills, so neither is billed twice), with the
 * payments received and the credit notes issued against it, so that what is due is always
 * decided in one atomic write.
 */
@MongoEntity(collection = "billing_invoices")
public class Invoice extends Aggregate {

    public String number;
    public InvoiceStatus status;
    public String customerId;
    public String orderId;
    public String quoteId;
    public List<DocumentLine> lines = new ArrayList<>();
    public List<Discount> discounts = new ArrayList<>();
    public Money subtotal;
    public Money total;
    public Instant issuedAt;
    public LocalDate dueDate;
    public List<Payment> payments = new ArrayList<>();
    public List<CreditNote> creditNotes = new ArrayList<>();

    /** A discount granted on the order. */
    public static class Discount {
        public String kind;
        public String reference;
        public Money amount;
    }

    /** A payment received for the invoice's order. */
    public static class Payment {
        public String paymentId;
        public Money amount;
        public Instant at;
    }

    /**
     * A credit note (avoir) against this invoice, for a refund ({@code refundRef} makes each refund
     * credit once); numbered like the invoice, in its own series.
     */
    public static class CreditNote {
        /** Not {@code id}: the codec would store an embedded {@code id} as {@code _id}. */
        public String creditNoteId;

        public String number;
        public String refundRef;
        public Money amount;
        public String reason;
        public Instant issuedAt;
    }

    public Money paid() {
        return payments.stream().map(p -> p.amount).reduce(Money.of(0, total.currency()), Money::plus);
    }

    public Money credited() {
        return creditNotes.stream().map(c -> c.amount).reduce(Money.of(0, total.currency()), Money::plus);
    }

    /** What the customer still owes. */
    public Money due() {
        Money due = total.minus(paid()).minus(credited());
        return due.amount() < 0 ? Money.of(0, total.currency()) : due;
    }

    public Optional<CreditNote> creditNote(String id) {
        return creditNotes.stream().filter(c -> c.creditNoteId.equals(id)).findFirst();
    }
}
