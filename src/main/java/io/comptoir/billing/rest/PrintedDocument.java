package io.comptoir.billing.rest;

import io.comptoir.billing.config.BillingConfig;
import io.comptoir.billing.domain.DocumentLine;
import io.comptoir.billing.domain.Invoice;
import io.comptoir.billing.domain.Quote;
import io.comptoir.kernel.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What a printed quote, invoice or credit note shows (template {@code templates/billing/document.html}). */
public record PrintedDocument(
        String title,
        String number,
        LocalDate date,
        String seller,
        String sellerAddress,
        String customerId,
        String reference,
        List<DocumentLine> lines,
        Money subtotal,
        List<Invoice.Discount> discounts,
        Money total,
        List<Row> footer,
        String note) {

    /** A labelled amount under the total (paid, due, credited). */
    public record Row(String label, Money amount) {}

    static PrintedDocument of(Quote quote, BillingConfig config) {
        return new PrintedDocument(
                "Devis",
                quote.number,
                quote.createdAt.atZone(zone(config)).toLocalDate(),
                config.sellerName(),
                config.sellerAddress().orElse(null),
                quote.customerId,
                null,
                quote.lines,
                null,
                List.of(),
                quote.total,
                List.of(),
                "Valable jusqu'au " + quote.validUntil + ".");
    }

    static PrintedDocument of(Invoice invoice, BillingConfig config) {
        return new PrintedDocument(
                "Facture",
                invoice.number,
                invoice.issuedAt.atZone(zone(config)).toLocalDate(),
                config.sellerName(),
                config.sellerAddress().orElse(null),
                invoice.customerId,
                invoice.orderId != null ? "Commande " + invoice.orderId : "Devis " + invoice.quoteId,
                invoice.lines,
                invoice.subtotal,
                invoice.discounts,
                invoice.total,
                List.of(
                        new Row("Payé", invoice.paid()),
                        new Row("Avoirs", invoice.credited()),
                        new Row("Reste dû", invoice.due())),
                "Échéance : " + invoice.dueDate + ".");
    }

    static PrintedDocument of(Invoice invoice, Invoice.CreditNote note, BillingConfig config) {
        return new PrintedDocument(
                "Avoir",
                note.number,
                note.issuedAt.atZone(zone(config)).toLocalDate(),
                config.sellerName(),
                config.sellerAddress().orElse(null),
                invoice.customerId,
                "Facture " + invoice.number,
                List.of(),
                null,
                List.of(),
                note.amount,
                List.of(),
                note.reason == null ? null : "Motif : " + note.reason);
    }

    private static ZoneId zone(BillingConfig config) {
        return config.zone();
    }
}
