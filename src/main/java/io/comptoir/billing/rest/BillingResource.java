package io.comptoir.billing.rest;

import io.comptoir.billing.config.BillingConfig;
import io.comptoir.billing.domain.BillingService;
import io.comptoir.billing.domain.DocumentLine;
import io.comptoir.billing.domain.Invoice;
import io.comptoir.billing.domain.InvoiceStatus;
import io.comptoir.billing.domain.Quote;
import io.comptoir.billing.domain.QuoteStatus;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quotes (admins make them, their customer accepts), invoices and credit notes (their customer and
 * admins read them), as JSON or as a printable HTML document ({@code Accept: text/html}).
 */
@Path("/api")
@Tag(name = "billing", description = "Quotes, invoices with gap-free numbers, payments and credit notes")
public class BillingResource {

    /** HTML only when asked for: a client accepting anything gets JSON. */
    static final String HTML = "text/html;qs=0.5";

    @CheckedTemplate(basePath = "billing")
    static class Templates {
        static native TemplateInstance document(PrintedDocument document);
    }

    public record QuoteResponse(
            String id,
            String number,
            String customerId,
            List<DocumentLine> lines,
            Money total,
            LocalDate validUntil,
            QuoteStatus status,
            Instant createdAt,
            Instant acceptedAt) {

        static QuoteResponse of(Quote q) {
            return new QuoteResponse(
                    q.id, q.number, q.customerId, q.lines, q.total, q.validUntil, q.status, q.createdAt, q.acceptedAt);
        }
    }

    public record CreditNoteResponse(
            String id,
            String number,
            String invoiceId,
            String invoiceNumber,
            Money amount,
            String reason,
            Instant issuedAt) {

        static CreditNoteResponse of(Invoice invoice, Invoice.CreditNote c) {
            return new CreditNoteResponse(
                    c.creditNoteId, c.number, invoice.id, invoice.number, c.amount, c.reason, c.issuedAt);
        }
    }

    public record InvoiceResponse(
            String id,
            String number,
            InvoiceStatus status,
            String customerId,
            String orderId,
            String quoteId,
            List<DocumentLine> lines,
            Money subtotal,
            List<Invoice.Discount> discounts,
            Money total,
            Money paid,
            Money credited,
            Money due,
            Instant issuedAt,
            LocalDate dueDate,
            List<Invoice.Payment> payments,
            List<CreditNoteResponse> creditNotes) {

        static InvoiceResponse of(Invoice i) {
            return new InvoiceResponse(
                    i.id,
                    i.number,
                    i.status,
                    i.customerId,
                    i.orderId,
                    i.quoteId,
                    i.lines,
                    i.subtotal,
                    i.discounts,
                    i.total,
                    i.paid(),
                    i.credited(),
                    i.due(),
                    i.issuedAt,
                    i.dueDate,
                    i.payments,
                    i.creditNotes.stream()
                            .filter(c -> c.number != null)
                            .map(c -> CreditNoteResponse.of(i, c))
                            .toList());
        }
    }

    private final BillingService billing;
    private final BillingConfig config;
    private final CurrentUser user;
    private final RequestContext request;

    BillingResource(BillingService billing, BillingConfig config, CurrentUser user, RequestContext request) {
        this.billing = billing;
        this.config = config;
        this.user = user;
        this.request = request;
    }

    @POST
    @Path("quotes")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Make a quote (devis) for a customer, numbered DEV-<year>-NNNNNN (emits billing.quote.created) → 201")
    public Response createQuote(@NotNull @Valid BillingRequests.NewQuote body, UriInfo uri) {
        List<DocumentLine> lines = body.toLines();
        if (lines.stream().map(l -> l.unitPrice.currency()).distinct().count() > 1) {
            throw new UnprocessableException(
                    "a quote is in one currency", List.of(new Problem.FieldError("lines", "mixes currencies")));
        }
        if (body.validUntil() != null && body.validUntil().isBefore(LocalDate.now(config.zone()))) {
            throw new UnprocessableException(
                    "a quote cannot be expired already", List.of(new Problem.FieldError("validUntil", "is past")));
        }
        Quote quote = billing.createQuote(body.customerId(), lines, body.validUntil(), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(quote.id).build())
                .entity(QuoteResponse.of(quote))
                .build();
    }

    @GET
    @Path("quotes")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "List quotes: a customer's own, or for admins anyone's")
    public PageResponse<QuoteResponse> quotes(
            @QueryParam("customerId") @Size(max = 100) String customerId, @Valid @BeanParam PageRequest paging) {
        return billing.quotes(user.isAdmin() ? customerId : user.id(), paging).map(QuoteResponse::of);
    }

    @GET
    @Path("quotes/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A quote (its customer or an admin); Accept: text/html gives the printable document")
    public QuoteResponse quote(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return QuoteResponse.of(findQuote(id));
    }

    @GET
    @Path("quotes/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Produces(BillingResource.HTML)
    public TemplateInstance printQuote(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return Templates.document(PrintedDocument.of(findQuote(id), config));
    }

    @POST
    @Path("quotes/{id}/accept")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "Accept a quote (its customer or an admin; emits billing.quote.accepted); 409 when expired")
    public QuoteResponse acceptQuote(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        findQuote(id);
        return QuoteResponse.of(billing.acceptQuote(id, request.cause()));
    }

    @POST
    @Path("quotes/{id}/invoice")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Invoice a quote, accepting it if still open (emits billing.quote.accepted and"
                    + " billing.invoice.generated, numbered FAC-<year>-NNNNNN) → 201; again → the same invoice")
    public Response invoiceQuote(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id, UriInfo uri) {
        Invoice invoice = billing.invoiceQuote(id, request.cause());
        return Response.created(
                        uri.getBaseUriBuilder().path("api/invoices/{id}").build(invoice.id))
                .entity(InvoiceResponse.of(invoice))
                .build();
    }

    @GET
    @Path("invoices")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "List invoices, newest first: a customer's own, or for admins by customer and status")
    public PageResponse<InvoiceResponse> invoices(
            @QueryParam("customerId") @Size(max = 100) String customerId,
            @QueryParam("status") InvoiceStatus status,
            @Valid @BeanParam PageRequest paging) {
        return billing.invoices(user.isAdmin() ? customerId : user.id(), status, paging)
                .map(InvoiceResponse::of);
    }

    @GET
    @Path("invoices/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "An invoice with its payments and credit notes (its id is the order's or the quote's);"
                    + " Accept: text/html gives the printable document")
    public InvoiceResponse invoice(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return InvoiceResponse.of(findInvoice(id));
    }

    @GET
    @Path("invoices/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Produces(BillingResource.HTML)
    public TemplateInstance printInvoice(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return Templates.document(PrintedDocument.of(findInvoice(id), config));
    }

    @GET
    @Path("credit-notes/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A credit note (avoir); Accept: text/html gives the printable document")
    public CreditNoteResponse creditNote(@PathParam("id") @Size(max = 200) String id) {
        Invoice invoice = invoiceOfCreditNote(id);
        return CreditNoteResponse.of(invoice, invoice.creditNote(id).orElseThrow());
    }

    @GET
    @Path("credit-notes/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Produces(BillingResource.HTML)
    public TemplateInstance printCreditNote(@PathParam("id") @Size(max = 200) String id) {
        Invoice invoice = invoiceOfCreditNote(id);
        return Templates.document(
                PrintedDocument.of(invoice, invoice.creditNote(id).orElseThrow(), config));
    }

    @GET
    @Path("billing/stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Billing statistics: quotes, invoices by status, credit notes, amounts invoiced per currency")
    public BillingService.BillingStats stats() {
        return billing.stats();
    }

    private Quote findQuote(String id) {
        return billing.quote(id)
                .filter(visible(q -> q.customerId))
                .orElseThrow(() -> new NotFoundException("no quote " + id));
    }

    private Invoice findInvoice(String id) {
        return billing.invoice(id)
                .filter(i -> i.number != null)
                .filter(visible(i -> i.customerId))
                .orElseThrow(() -> new NotFoundException("no invoice " + id));
    }

    private Invoice invoiceOfCreditNote(String id) {
        return billing.invoiceOfCreditNote(id)
                .filter(visible(i -> i.customerId))
                .filter(i -> i.creditNote(id).map(c -> c.number != null).orElse(false))
                .orElseThrow(() -> new NotFoundException("no credit note " + id));
    }

    /** Admins see every document, a customer only their own (others are 404, not 403: nothing leaks). */
    private <T> Predicate<T> visible(java.util.function.Function<T, String> owner) {
        return document -> user.isAdmin() || owner.apply(document).equals(user.id());
    }
}
