package io.comptoir.billing.domain;

import io.comptoir.billing.config.BillingConfig;
import io.comptoir.events.Topic;
import io.comptoir.events.billing.CreditIssued;
import io.comptoir.events.billing.InvoiceGenerated;
import io.comptoir.events.billing.InvoiceOverdue;
import io.comptoir.events.billing.InvoicePaid;
import io.comptoir.events.billing.QuoteAccepted;
import io.comptoir.events.billing.QuoteCreated;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentRefunded;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Quotes, invoices and credit notes. A document is first stored without a number, then numbered
 * ({@link DocumentNumbers}: gap-free per series and year), then completed with its event in one
 * write; a document interrupted in between is completed by {@link #completeInterrupted}. Invoices
 * come from accepted quotes and from confirmed orders (from the engine's own copy of each placed
 * order), are paid by {@code payment.payment.completed} — received before or after the invoice —
 * and credited on refunds, never beyond what was invoiced.
 */
@ApplicationScoped
public class BillingService {

    /** The order's full refund, credited once whatever else was credited before. */
    static final String ORDER_REFUND = "order-refund";

    /** The order's cancellation after it was invoiced: all that is not credited yet. */
    static final String ORDER_CANCELLED = "order-cancelled";

    /** A document still unnumbered after this long was interrupted. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

    public record BillingStats(
            long quotes,
            long invoices,
            Map<InvoiceStatus, Long> invoicesByStatus,
            long creditNotes,
            Map<String, Long> invoicedByCurrency) {}

    private final InvoiceRepository invoices;
    private final QuoteRepository quotes;
    private final BilledOrderRepository orders;
    private final DocumentNumbers numbers;
    private final BillingConfig config;

    BillingService(
            InvoiceRepository invoices,
            QuoteRepository quotes,
            BilledOrderRepository orders,
            DocumentNumbers numbers,
            BillingConfig config) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.orders = orders;
        this.numbers = numbers;
        this.config = config;
    }

    // --- quotes --------------------------------------------------------------------------------

    /** Makes a quote for a customer, open until {@code validUntil} (or the configured validity). */
    public Quote createQuote(String customerId, List<DocumentLine> lines, LocalDate validUntil, Cause cause) {
        return createQuote(new ObjectId().toHexString(), customerId, lines, validUntil, cause);
    }

    /** Makes quote {@code id} once: asking again (a redelivered event) completes and returns the one made. */
    public Quote createQuote(
            String id, String customerId, List<DocumentLine> lines, LocalDate validUntil, Cause cause) {
        Instant now = Instant.now();
        Quote quote = new Quote();
        quote.id = id;
        quote.customerId = customerId;
        quote.lines = new ArrayList<>(lines);
        quote.total = lines.stream().map(l -> l.lineTotal).reduce(Money::plus).orElseThrow();
        quote.validUntil = validUntil != null ? validUntil : today().plusDays(config.quoteValidityDays());
        quote.status = QuoteStatus.OPEN;
        quote.createdAt = now;
        try {
            quotes.create(quote, cause, events -> {});
        } catch (DuplicateAggregateException made) {
            // made before, perhaps interrupted before its number: numbering is idempotent
        }
        return numberQuote(id, cause);
    }

    /** Accepts an open quote (emits billing.quote.accepted); accepting again changes nothing; 409 when expired. */
    public Quote acceptQuote(String id, Cause cause) {
        return quotes.modify(id, cause, (quote, events) -> {
                    accept(quote, today(), events);
                    return quote;
                })
                .orElseThrow(() -> new NotFoundException("no quote " + id));
    }

    /** Invoices a quote, accepting it first if it is still open; invoicing again returns the same invoice. */
    public Invoice invoiceQuote(String id, Cause cause) {
        Quote quote = quotes.modify(id, cause, (q, events) -> {
                    if (q.number == null) {
                        throw new ConflictException("quote " + id + " is not numbered yet; try again");
                    }
                    accept(q, today(), events);
                    q.status = QuoteStatus.INVOICED;
                    return q;
                })
                .orElseThrow(() -> new NotFoundException("no quote " + id));
        Invoice invoice = draft(quote.id, quote.customerId, quote.lines, quote.total);
        invoice.quoteId = quote.id;
        invoice.subtotal = quote.total;
        return issue(invoice, cause);
    }

    public Optional<Quote> quote(String id) {
        return quotes.findByIdOptional(id);
    }

    public PageResponse<Quote> quotes(String customerId, PageRequest paging) {
        Sort newest = Sort.by("createdAt", Sort.Direction.Descending).and("_id");
        var found = customerId == null ? quotes.findAll(newest) : quotes.find("customerId", newest, customerId);
        return paging.of(found);
    }

    // --- invoices ------------------------------------------------------------------------------

    public Optional<Invoice> invoice(String id) {
        return invoices.findByIdOptional(id);
    }

    /** The invoice holding credit note {@code creditNoteId}. */
    public Optional<Invoice> invoiceOfCreditNote(String creditNoteId) {
        return invoices.find("creditNotes.creditNoteId", creditNoteId).firstResultOptional();
    }

    public PageResponse<Invoice> invoices(String customerId, InvoiceStatus status, PageRequest paging) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (customerId != null) {
            clauses.add("customerId = :customerId");
            params.put("customerId", customerId);
        }
        if (status != null) {
            clauses.add("status = :status");
            params.put("status", status.name());
        }
        Sort newest = Sort.by("issuedAt", Sort.Direction.Descending).and("_id");
        var found = clauses.isEmpty()
                ? invoices.findAll(newest)
                : invoices.find(String.join(" and ", clauses), newest, params);
        return paging.of(found);
    }

    // --- events --------------------------------------------------------------------------------

    /** Keeps what billing needs of a placed order; invoices it if its confirmation came first. */
    public void onPlaced(OrderPlaced order, EventEnvelope event) {
        BilledOrder billed = orders.apply(
                        order.orderId(), event, BilledOrder::new, (known, events) -> keep(known, order))
                .orElseThrow();
        invoiceIfDue(billed, Cause.of(event));
    }

    /**
     * What an invoice needs of a placed order: its lines at the unit prices paid, its discounts but
     * the sales (already in those prices), their subtotal, and the total paid.
     */
    static void keep(BilledOrder billed, OrderPlaced order) {
        billed.customerId = order.customerId();
        billed.lines = new ArrayList<>(order.lines().stream()
                .map(l -> new DocumentLine(l.name() == null ? l.sku() : l.name(), l.sku(), l.quantity(), l.unitPrice()))
                .toList());
        billed.discounts = new ArrayList<>(order.discounts().stream()
                .filter(d -> !d.kind().equals("SALE")) // already in the lines' unit prices
                .map(d -> {
                    Invoice.Discount discount = new Invoice.Discount();
                    discount.kind = d.kind();
                    discount.reference = d.reference();
                    discount.amount = d.amount();
                    return discount;
                })
                .toList());
        billed.subtotal =
                billed.lines.stream().map(l -> l.lineTotal).reduce(Money::plus).orElseThrow();
        billed.total = order.total();
    }

    /** A confirmed order is invoiced, with the payments and refunds already received for it. */
    public void onConfirmed(OrderStatusChanged order, EventEnvelope event) {
        BilledOrder billed = orders.apply(order.orderId(), event, BilledOrder::new, (known, events) -> {
                    known.customerId = order.customerId();
                    known.confirmed = true;
                })
                .orElseThrow();
        invoiceIfDue(billed, Cause.of(event));
    }

    /** A cancelled order is not invoiced; one invoiced already is credited for all that is not credited yet. */
    public void onCancelled(OrderStatusChanged order, EventEnvelope event) {
        record(order.orderId(), order.customerId(), event, billed -> {
            billed.cancelled = true;
            billed.refund(ORDER_CANCELLED, null, order.reason());
        });
    }

    /** A payment for an order: kept with the order, and applied to its invoice if there is one. */
    public void onPaymentCompleted(PaymentCompleted payment, EventEnvelope event) {
        Invoice.Payment received = new Invoice.Payment();
        received.paymentId = payment.paymentId();
        received.amount = payment.amount();
        received.at = payment.completedAt();
        orders.apply(payment.orderId(), event, BilledOrder::new, (billed, events) -> {
            billed.customerId = payment.customerId();
            addPayment(billed.payments, received);
        });
        invoices.applyIfPresent(payment.orderId(), event, (invoice, events) -> {
            addPayment(invoice.payments, received);
            settle(invoice, events);
        });
    }

    /** An order refunded in full: a credit note for all that is not credited yet. */
    public void onRefunded(OrderStatusChanged order, EventEnvelope event) {
        record(order.orderId(), order.customerId(), event, billed -> billed.refund(ORDER_REFUND, null, order.reason()));
    }

    /** A payment refunded, in full or in part: a credit note for that amount, within what is not credited yet. */
    public void onPaymentRefunded(PaymentRefunded refund, EventEnvelope event) {
        record(
                refund.orderId(),
                refund.customerId(),
                event,
                billed -> billed.refund(refund.refundId(), refund.amount(), refund.reason()));
    }

    // --- the scheduled work --------------------------------------------------------------------

    /**
     * Marks the invoices past their due date overdue (once: a versioned write, safe when replicas
     * race) and completes documents interrupted before their number; returns how many changed.
     */
    public int completeInterrupted(Cause cause) {
        Instant stale = Instant.now().minus(INTERRUPTED_AFTER);
        int changed = 0;
        for (Quote quote : quotes.list("number is null and createdAt < ?1", stale)) {
            numberQuote(quote.id, cause);
            changed++;
        }
        for (Invoice invoice : invoices.list("status = ?1 and issuedAt < ?2", InvoiceStatus.ISSUING.name(), stale)) {
            finishIssuing(invoice.id, cause);
            changed++;
        }
        Document unnumberedNote = new Document(
                "creditNotes",
                new Document(
                        "$elemMatch", new Document("number", null).append("issuedAt", new Document("$lt", stale))));
        for (Invoice invoice : invoices.list(unnumberedNote)) {
            for (Invoice.CreditNote note : invoice.creditNotes) {
                if (note.number == null) {
                    finishCredit(invoice.id, note.creditNoteId, cause);
                    changed++;
                }
            }
        }
        Instant now = Instant.now();
        changed += invoices.modifyEach(
                invoices.list("status = ?1 and dueDate <= ?2", InvoiceStatus.ISSUED.name(), today()),
                cause,
                (invoice, events) -> markOverdue(invoice, now, events));
        return changed;
    }

    /** An issued invoice with something still due past its grace is overdue, announced once; true when it became so. */
    boolean markOverdue(Invoice invoice, Instant now, EventBuffer events) {
        if (invoice.status != InvoiceStatus.ISSUED || invoice.due().amount() == 0 || !overdue(invoice, now)) {
            return false;
        }
        invoice.status = InvoiceStatus.OVERDUE;
        events.add(
                Topic.BILLING_INVOICE_OVERDUE,
                invoice.id,
                new InvoiceOverdue(invoice.id, invoice.number, invoice.customerId, invoice.due(), invoice.dueDate));
        return true;
    }

    public BillingStats stats() {
        Map<InvoiceStatus, Long> byStatus = new LinkedHashMap<>();
        for (InvoiceStatus status : InvoiceStatus.values()) {
            byStatus.put(status, invoices.count("status", status.name()));
        }
        Map<String, Long> invoiced = invoices.sumByCurrency("total", new Document());
        long creditNotes =
                numbers.count(new Document("series", new Document("$regex", "^" + config.creditNotePrefix() + "-")));
        return new BillingStats(quotes.count(), invoices.count(), byStatus, creditNotes, invoiced);
    }

    // --- internals -----------------------------------------------------------------------------

    /** Invoices the order once it is both placed and confirmed (in whichever order those came), unless cancelled. */
    private void invoiceIfDue(BilledOrder billed, Cause cause) {
        if (!billed.invoiceable()) {
            return;
        }
        Invoice invoice = draft(billed.id, billed.customerId, billed.lines, billed.total);
        invoice.orderId = billed.id;
        invoice.subtotal = billed.subtotal;
        invoice.discounts = new ArrayList<>(billed.discounts);
        issue(invoice, cause);
    }

    private Invoice draft(String id, String customerId, List<DocumentLine> lines, Money total) {
        Instant now = Instant.now();
        Invoice invoice = new Invoice();
        invoice.id = id;
        invoice.customerId = customerId;
        invoice.lines = new ArrayList<>(lines);
        invoice.total = total;
        invoice.status = InvoiceStatus.ISSUING;
        invoice.issuedAt = now;
        invoice.dueDate = dueDate(now);
        return invoice;
    }

    /** The payment term's last day, counted from the document date in the documents' zone. */
    LocalDate dueDate(Instant issuedAt) {
        return issuedAt.atZone(config.zone()).toLocalDate().plusDays(config.paymentTermDays());
    }

    /** Stores the invoice unnumbered (once: its id is its order's or quote's), then numbers it. */
    private Invoice issue(Invoice draft, Cause cause) {
        try {
            invoices.create(draft, cause, events -> {});
        } catch (DuplicateAggregateException already) {
            // issued before, or interrupted: finishing is idempotent
        }
        return finishIssuing(draft.id, cause);
    }

    private Invoice finishIssuing(String id, Cause cause) {
        Invoice stored = invoices.findById(id);
        if (stored.status != InvoiceStatus.ISSUING) {
            return stored;
        }
        String number = numbers.allocate(series(config.invoicePrefix(), stored.issuedAt), id);
        return invoices.modify(id, cause, (invoice, events) -> {
                    if (invoice.status != InvoiceStatus.ISSUING) {
                        return invoice;
                    }
                    invoice.number = number;
                    invoice.status = InvoiceStatus.ISSUED;
                    events.add(
                            Topic.BILLING_INVOICE_GENERATED,
                            invoice.id,
                            new InvoiceGenerated(
                                    invoice.id,
                                    invoice.number,
                                    invoice.customerId,
                                    invoice.orderId,
                                    invoice.quoteId,
                                    invoice.total,
                                    invoice.dueDate));
                    if (invoice.orderId != null) {
                        orders.findByIdOptional(invoice.orderId)
                                .ifPresent(billed -> billed.payments.forEach(p -> addPayment(invoice.payments, p)));
                        creditRefunds(invoice);
                    }
                    settle(invoice, events);
                    return invoice;
                })
                .map(issued -> {
                    numberCreditNotes(issued, cause);
                    return invoices.findById(id);
                })
                .orElseThrow();
    }

    /** A numbered invoice with nothing left to pay is paid (announced once). */
    static void settle(Invoice invoice, EventBuffer events) {
        boolean open = invoice.status == InvoiceStatus.ISSUED || invoice.status == InvoiceStatus.OVERDUE;
        if (open && !invoice.payments.isEmpty() && invoice.due().amount() == 0) {
            invoice.status = InvoiceStatus.PAID;
            Invoice.Payment last = invoice.payments.getLast();
            events.add(
                    Topic.BILLING_INVOICE_PAID,
                    invoice.id,
                    new InvoicePaid(
                            invoice.id, invoice.number, invoice.customerId, invoice.paid(), last.paymentId, last.at));
        }
    }

    private static void addPayment(List<Invoice.Payment> payments, Invoice.Payment payment) {
        if (payments.stream().noneMatch(p -> p.paymentId.equals(payment.paymentId))) {
            payments.add(payment);
        }
    }

    /**
     * Records a refund or cancellation with the order (kept, so an invoice issued later credits it
     * too), then credits the order's invoice if it exists.
     */
    private void record(String orderId, String customerId, EventEnvelope event, Consumer<BilledOrder> change) {
        orders.apply(orderId, event, BilledOrder::new, (billed, events) -> {
            billed.customerId = customerId;
            change.accept(billed);
        });
        Cause cause = Cause.of(event);
        Optional<Invoice> credited = invoices.modify(orderId, cause, (invoice, events) -> {
            creditRefunds(invoice);
            return invoice;
        });
        credited.filter(i -> i.status != InvoiceStatus.ISSUING).ifPresent(i -> numberCreditNotes(i, cause));
    }

    /**
     * Adds a credit note (unnumbered yet) for each refund of the invoice's order it does not have,
     * for the refund's amount or all that is not credited yet, never more than that.
     */
    private void creditRefunds(Invoice invoice) {
        if (invoice.orderId == null) {
            return;
        }
        credit(invoice, orders.findById(invoice.orderId).refunds);
    }

    /** A credit note for each refund the invoice has none for yet, within what is not credited yet. */
    static void credit(Invoice invoice, List<BilledOrder.Refund> refunds) {
        for (BilledOrder.Refund refund : refunds) {
            String creditNoteId = invoice.id + ":" + refund.refundRef;
            if (invoice.creditNote(creditNoteId).isPresent()) {
                continue;
            }
            Money creditable = invoice.total.minus(invoice.credited());
            Money amount =
                    refund.amount == null || refund.amount.compareTo(creditable) > 0 ? creditable : refund.amount;
            if (amount.amount() <= 0) {
                continue;
            }
            Invoice.CreditNote note = new Invoice.CreditNote();
            note.creditNoteId = creditNoteId;
            note.refundRef = refund.refundRef;
            note.amount = amount;
            note.reason = refund.reason;
            note.issuedAt = Instant.now();
            invoice.creditNotes.add(note);
        }
    }

    private void numberCreditNotes(Invoice invoice, Cause cause) {
        invoice.creditNotes.stream()
                .filter(n -> n.number == null)
                .forEach(n -> finishCredit(invoice.id, n.creditNoteId, cause));
    }

    private void finishCredit(String invoiceId, String creditNoteId, Cause cause) {
        Invoice stored = invoices.findById(invoiceId);
        Optional<Invoice.CreditNote> pending = stored.creditNote(creditNoteId).filter(c -> c.number == null);
        if (pending.isEmpty()) {
            return;
        }
        String number = numbers.allocate(series(config.creditNotePrefix(), pending.get().issuedAt), creditNoteId);
        invoices.modify(invoiceId, cause, (invoice, events) -> {
            numberCreditNote(invoice, creditNoteId, number, events);
            return invoice;
        });
    }

    /** Numbers the credit note, announced once; credited in full the invoice is CREDITED, else it may now be paid. */
    static void numberCreditNote(Invoice invoice, String creditNoteId, String number, EventBuffer events) {
        Invoice.CreditNote note = invoice.creditNote(creditNoteId).orElseThrow();
        if (note.number != null) {
            return;
        }
        note.number = number;
        events.add(
                Topic.BILLING_CREDIT_ISSUED,
                note.creditNoteId,
                new CreditIssued(
                        note.creditNoteId, note.number, invoice.id, invoice.customerId, note.amount, note.reason));
        if (invoice.credited().compareTo(invoice.total) >= 0) {
            invoice.status = InvoiceStatus.CREDITED;
        } else {
            settle(invoice, events);
        }
    }

    private Quote numberQuote(String id, Cause cause) {
        Quote stored = quotes.findById(id);
        if (stored.number != null) {
            return stored;
        }
        String number = numbers.allocate(series(config.quotePrefix(), stored.createdAt), id);
        return quotes.modify(id, cause, (quote, events) -> {
                    if (quote.number == null) {
                        quote.number = number;
                        events.add(
                                Topic.BILLING_QUOTE_CREATED,
                                quote.id,
                                new QuoteCreated(
                                        quote.id,
                                        quote.number,
                                        quote.customerId,
                                        quote.lines.stream()
                                                .map(l -> new QuoteCreated.QuoteLine(
                                                        l.description, l.quantity, l.unitPrice))
                                                .toList(),
                                        quote.total,
                                        quote.validUntil));
                    }
                    return quote;
                })
                .orElseThrow();
    }

    /** An open quote is accepted, announced, up to its last valid day; 409 after it. */
    static void accept(Quote quote, LocalDate today, EventBuffer events) {
        if (quote.status != QuoteStatus.OPEN) {
            return;
        }
        if (quote.validUntil.isBefore(today)) {
            throw new ConflictException("quote " + quote.id + " expired on " + quote.validUntil);
        }
        quote.status = QuoteStatus.ACCEPTED;
        quote.acceptedAt = Instant.now();
        events.add(
                Topic.BILLING_QUOTE_ACCEPTED,
                quote.id,
                new QuoteAccepted(quote.id, quote.customerId, quote.total, quote.acceptedAt));
    }

    boolean overdue(Invoice invoice, Instant now) {
        return invoice.dueDate
                .atStartOfDay(config.zone())
                .plus(config.overdueAfter())
                .toInstant()
                .isBefore(now);
    }

    String series(String prefix, Instant at) {
        return prefix + "-" + at.atZone(config.zone()).getYear();
    }

    private LocalDate today() {
        return LocalDate.now(config.zone());
    }
}
