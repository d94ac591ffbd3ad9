package io.comptoir.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.billing.config.BillingConfig;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.billing.CreditIssued;
import io.comptoir.events.billing.InvoiceOverdue;
import io.comptoir.events.billing.InvoicePaid;
import io.comptoir.events.billing.QuoteAccepted;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.RecordedEvents;
import io.comptoir.kernel.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Billing rules with exact XOF figures under the default settings (Abidjan time, 30 days to pay,
 * overdue a day after the due date): numbers per series and year, what an invoice takes of an
 * order, what is due after payments and credit notes, when it is paid, credited or overdue, and
 * when a quote can be accepted.
 */
class BillingRulesTest {

    record Settings(
            ZoneId zone,
            int paymentTermDays,
            Duration overdueAfter,
            int quoteValidityDays,
            String invoicePrefix,
            String creditNotePrefix,
            String quotePrefix,
            Duration checkEvery,
            String sellerName,
            Optional<String> sellerAddress)
            implements BillingConfig {

        static Settings in(String zone) {
            return new Settings(
                    ZoneId.of(zone),
                    30,
                    Duration.ofDays(1),
                    30,
                    "FAC",
                    "AV",
                    "DEV",
                    Duration.ofHours(1),
                    "Comptoir",
                    Optional.empty());
        }
    }

    private final BillingService billing = billing("Africa/Abidjan");
    private final RecordedEvents recorded = new RecordedEvents(Engine.BILLING);

    private static BillingService billing(String zone) {
        return new BillingService(null, null, null, null, Settings.in(zone));
    }

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    /** The order of the checkout example: 33,630 at the prices paid, less a bundle and a code: 27,883. */
    private static Invoice invoice() {
        Invoice invoice = new Invoice();
        invoice.id = "o1";
        invoice.orderId = "o1";
        invoice.number = "FAC-2026-000042";
        invoice.customerId = "c-ama";
        invoice.status = InvoiceStatus.ISSUED;
        invoice.subtotal = xof(33_630);
        invoice.total = xof(27_883);
        invoice.dueDate = LocalDate.of(2026, 2, 14);
        return invoice;
    }

    private static Invoice.Payment payment(String id, long amount) {
        Invoice.Payment payment = new Invoice.Payment();
        payment.paymentId = id;
        payment.amount = xof(amount);
        payment.at = Instant.parse("2026-01-20T10:00:00Z");
        return payment;
    }

    private static BilledOrder.Refund refund(String ref, Long amount) {
        BilledOrder.Refund refund = new BilledOrder.Refund();
        refund.refundRef = ref;
        refund.amount = amount == null ? null : xof(amount);
        refund.reason = "damaged";
        return refund;
    }

    @Test
    void numbersHaveSixDigitsAtLeastInTheirSeries() {
        assertThat(DocumentNumbers.number("FAC-2026", 1)).isEqualTo("FAC-2026-000001");
        assertThat(DocumentNumbers.number("AV-2026", 123)).isEqualTo("AV-2026-000123");
        assertThat(DocumentNumbers.number("DEV-2026", 999_999)).isEqualTo("DEV-2026-999999");
        assertThat(DocumentNumbers.number("FAC-2026", 1_000_000)).isEqualTo("FAC-2026-1000000");
    }

    @Test
    void theSeriesYearIsTheDocumentsYearInTheDocumentsZone() {
        Instant newYearsEveLate = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(billing.series("FAC", newYearsEveLate)).isEqualTo("FAC-2026");
        assertThat(billing.series("AV", Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("AV-2027");
        // Already 2027 in Paris (UTC+1).
        assertThat(billing("Europe/Paris").series("FAC", newYearsEveLate)).isEqualTo("FAC-2027");
    }

    @Test
    void anInvoiceIsDueThirtyDaysAfterItsDateInTheDocumentsZone() {
        assertThat(billing.dueDate(Instant.parse("2026-01-15T10:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(billing.dueDate(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(billing("Europe/Paris").dueDate(Instant.parse("2026-12-31T23:30:00Z")))
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void anInvoiceTakesTheLinesAtThePricesPaidAndTheDiscountsButTheSales() {
        Money casque = xof(12_667);
        Money support = xof(4_990);
        Money cable = xof(1_102);
        OrderPlaced order = new OrderPlaced(
                "o1",
                "c-ama",
                List.of(
                        new OrderPlaced.Line("p-head", "HEAD-BLK", "Casque", 2, xof(14_075), casque, casque.times(2)),
                        new OrderPlaced.Line("p-stand", "STAND-1", null, 1, support, support, support),
                        new OrderPlaced.Line("p-cable", "CBL-1M", "Câble", 3, xof(1_225), cable, cable.times(3))),
                xof(36_815),
                List.of(
                        new OrderPlaced.Discount("SALE", "s-audio", xof(3_185)),
                        new OrderPlaced.Discount("BUNDLE", "b-desk", xof(2_649)),
                        new OrderPlaced.Discount("CODE", "BIENVENUE10", xof(3_098))),
                "BIENVENUE10",
                xof(27_883),
                "CARD",
                Instant.parse("2026-01-15T10:00:00Z"));
        BilledOrder billed = new BilledOrder();
        BillingService.keep(billed, order);

        assertThat(billed.lines)
                .extracting(l ->
                        l.description + " " + l.quantity + " × " + l.unitPrice.amount() + " = " + l.lineTotal.amount())
                .containsExactly("Casque 2 × 12667 = 25334", "STAND-1 1 × 4990 = 4990", "Câble 3 × 1102 = 3306");
        assertThat(billed.discounts).extracting(d -> d.kind).containsExactly("BUNDLE", "CODE");
        // 33,630 − 2,649 − 3,098 = 27,883.
        assertThat(billed.subtotal).isEqualTo(xof(33_630));
        assertThat(billed.total).isEqualTo(xof(27_883));
        assertThat(billed.customerId).isEqualTo("c-ama");
        assertThat(billed.invoiceable()).isFalse();
        billed.confirmed = true;
        assertThat(billed.invoiceable()).isTrue();
        billed.cancelled = true;
        assertThat(billed.invoiceable()).isFalse();
    }

    @Test
    void whatIsDueIsTheTotalLessPaymentsAndCreditsNeverBelowZero() {
        Invoice invoice = invoice();
        assertThat(invoice.due()).isEqualTo(xof(27_883));
        invoice.payments.add(payment("pay-1", 10_000));
        assertThat(invoice.paid()).isEqualTo(xof(10_000));
        assertThat(invoice.due()).isEqualTo(xof(17_883));
        BillingService.credit(invoice, List.of(refund("rf-1", 5_000L)));
        assertThat(invoice.credited()).isEqualTo(xof(5_000));
        assertThat(invoice.due()).isEqualTo(xof(12_883));
        invoice.payments.add(payment("pay-2", 20_000));
        assertThat(invoice.due()).isEqualTo(xof(0));
    }

    @Test
    void anInvoiceIsPaidOnceNothingIsLeftToPayAndOnlyOnce() {
        Invoice invoice = invoice();
        invoice.payments.add(payment("pay-1", 10_000));
        BillingService.settle(invoice, recorded.buffer());
        assertThat(invoice.status).isEqualTo(InvoiceStatus.ISSUED);

        invoice.payments.add(payment("pay-2", 17_883));
        BillingService.settle(invoice, recorded.buffer());
        BillingService.settle(invoice, recorded.buffer());
        assertThat(invoice.status).isEqualTo(InvoiceStatus.PAID);
        assertThat(recorded.payloads(Topic.BILLING_INVOICE_PAID, InvoicePaid.class))
                .containsExactly(new InvoicePaid(
                        "o1", "FAC-2026-000042", "c-ama", xof(27_883), "pay-2", Instant.parse("2026-01-20T10:00:00Z")));
    }

    @Test
    void anInvoiceNotNumberedYetOrWithoutPaymentIsNeverPaid() {
        Invoice issuing = invoice();
        issuing.status = InvoiceStatus.ISSUING;
        issuing.payments.add(payment("pay-1", 27_883));
        BillingService.settle(issuing, recorded.buffer());
        assertThat(issuing.status).isEqualTo(InvoiceStatus.ISSUING);

        Invoice overdue = invoice();
        overdue.status = InvoiceStatus.OVERDUE;
        overdue.payments.add(payment("pay-1", 30_000)); // paid late, and too much
        BillingService.settle(overdue, recorded.buffer());
        assertThat(overdue.status).isEqualTo(InvoiceStatus.PAID);

        Invoice creditedOnly = invoice();
        BillingService.credit(creditedOnly, List.of(refund("order-refund", null)));
        BillingService.settle(creditedOnly, recorded.buffer());
        assertThat(creditedOnly.status).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void eachRefundIsCreditedOnceAndNeverBeyondTheTotal() {
        Invoice invoice = invoice();
        BillingService.credit(invoice, List.of(refund("rf-1", 5_000L)));
        BillingService.credit(invoice, List.of(refund("rf-1", 5_000L), refund("rf-2", 30_000L)));
        assertThat(invoice.creditNotes)
                .extracting(n -> n.creditNoteId + " " + n.amount.amount())
                .containsExactly("o1:rf-1 5000", "o1:rf-2 22883");
        // Nothing left to credit: a later full refund makes no empty credit note.
        BillingService.credit(invoice, List.of(refund("order-refund", null)));
        assertThat(invoice.creditNotes).hasSize(2);
        assertThat(invoice.credited()).isEqualTo(invoice.total);
    }

    @Test
    void aFullRefundCreditsAllThatIsNotCreditedYet() {
        Invoice invoice = invoice();
        BillingService.credit(invoice, List.of(refund("rf-1", 7_883L), refund("order-refund", null)));
        assertThat(invoice.creditNotes).extracting(n -> n.amount.amount()).containsExactly(7_883L, 20_000L);
        assertThat(invoice.creditNotes).allSatisfy(n -> assertThat(n.number).isNull());
    }

    @Test
    void aNumberedCreditNoteCreditsTheInvoiceInFullOrLetsItBePaid() {
        Invoice refunded = invoice();
        refunded.payments.add(payment("pay-1", 27_883));
        refunded.status = InvoiceStatus.PAID;
        BillingService.credit(refunded, List.of(refund("order-refund", null)));
        BillingService.numberCreditNote(refunded, "o1:order-refund", "AV-2026-000007", recorded.buffer());
        BillingService.numberCreditNote(refunded, "o1:order-refund", "AV-2026-000008", recorded.buffer());
        assertThat(refunded.status).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(refunded.creditNotes.getFirst().number).isEqualTo("AV-2026-000007");
        assertThat(recorded.payloads(Topic.BILLING_CREDIT_ISSUED, CreditIssued.class))
                .containsExactly(
                        new CreditIssued("o1:order-refund", "AV-2026-000007", "o1", "c-ama", xof(27_883), "damaged"));

        // Paid 22,883 of 27,883, then 5,000 credited: nothing left to pay.
        recorded.clear();
        Invoice partly = invoice();
        partly.payments.add(payment("pay-1", 22_883));
        BillingService.credit(partly, List.of(refund("rf-1", 5_000L)));
        BillingService.numberCreditNote(partly, "o1:rf-1", "AV-2026-000009", recorded.buffer());
        assertThat(partly.status).isEqualTo(InvoiceStatus.PAID);
        assertThat(recorded.topics()).containsExactly("billing.credit.issued", "billing.invoice.paid");
    }

    @Test
    void anInvoiceIsOverdueFromTheDayAfterItsDueDate() {
        Invoice invoice = invoice(); // due 14 February 2026
        Instant dayAfter = Instant.parse("2026-02-15T00:00:00Z");
        assertThat(billing.overdue(invoice, Instant.parse("2026-02-14T23:59:59Z")))
                .isFalse();
        assertThat(billing.overdue(invoice, dayAfter)).isFalse();
        assertThat(billing.overdue(invoice, dayAfter.plusMillis(1))).isTrue();
        // In Tokyo (UTC+9) the 15th starts nine hours earlier.
        assertThat(billing("Asia/Tokyo").overdue(invoice, Instant.parse("2026-02-14T15:00:01Z")))
                .isTrue();
    }

    @Test
    void anOverdueInvoiceIsMarkedOnceAndOnlyWithSomethingDue() {
        Instant late = Instant.parse("2026-02-20T08:00:00Z");
        Invoice invoice = invoice();
        invoice.payments.add(payment("pay-1", 10_000));
        assertThat(billing.markOverdue(invoice, late, recorded.buffer())).isTrue();
        assertThat(billing.markOverdue(invoice, late, recorded.buffer())).isFalse();
        assertThat(invoice.status).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(recorded.payloads(Topic.BILLING_INVOICE_OVERDUE, InvoiceOverdue.class))
                .containsExactly(
                        new InvoiceOverdue("o1", "FAC-2026-000042", "c-ama", xof(17_883), LocalDate.of(2026, 2, 14)));

        Invoice settledByCredit = invoice();
        BillingService.credit(settledByCredit, List.of(refund("order-refund", null)));
        assertThat(billing.markOverdue(settledByCredit, late, recorded.buffer()))
                .isFalse();
        Invoice notYet = invoice();
        assertThat(billing.markOverdue(notYet, Instant.parse("2026-02-14T12:00:00Z"), recorded.buffer()))
                .isFalse();
        Invoice issuing = invoice();
        issuing.status = InvoiceStatus.ISSUING;
        assertThat(billing.markOverdue(issuing, late, recorded.buffer())).isFalse();
    }

    private static Quote quote(QuoteStatus status, LocalDate validUntil) {
        Quote quote = new Quote();
        quote.id = "q1";
        quote.customerId = "c-ama";
        quote.lines = List.of(new DocumentLine("Installation", null, 1, xof(75_000)));
        quote.total = xof(75_000);
        quote.status = status;
        quote.validUntil = validUntil;
        return quote;
    }

    @Test
    void aQuoteCanBeAcceptedUntilItsLastValidDayAndOnce() {
        LocalDate lastDay = LocalDate.of(2026, 3, 1);
        Quote quote = quote(QuoteStatus.OPEN, lastDay);
        BillingService.accept(quote, lastDay, recorded.buffer());
        BillingService.accept(quote, lastDay, recorded.buffer());
        assertThat(quote.status).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(recorded.payloads(Topic.BILLING_QUOTE_ACCEPTED, QuoteAccepted.class))
                .singleElement()
                .satisfies(a -> assertThat(a.total()).isEqualTo(xof(75_000)));

        Quote expired = quote(QuoteStatus.OPEN, lastDay);
        assertThatThrownBy(() -> BillingService.accept(expired, lastDay.plusDays(1), recorded.buffer()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("quote q1 expired on 2026-03-01");
        assertThat(expired.status).isEqualTo(QuoteStatus.OPEN);

        // Invoiced already: accepting past its validity changes nothing and is no error.
        Quote invoiced = quote(QuoteStatus.INVOICED, lastDay);
        BillingService.accept(invoiced, lastDay.plusDays(10), recorded.buffer());
        assertThat(invoiced.status).isEqualTo(QuoteStatus.INVOICED);
    }

    @Test
    void aRefundOfTheOrderIsKeptOncePerReference() {
        BilledOrder billed = new BilledOrder();
        billed.refund("rf-1", xof(5_000), "damaged");
        billed.refund("rf-1", xof(9_000), "again");
        billed.refund("order-refund", null, "returned");
        assertThat(billed.refunds)
                .extracting(r -> r.refundRef + " " + (r.amount == null ? "all" : r.amount.amount()))
                .containsExactly("rf-1 5000", "order-refund all");
    }
}
