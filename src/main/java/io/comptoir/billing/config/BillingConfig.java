package io.comptoir.billing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Invoicing rules: numbering, payment terms, the seller printed on documents. */
@ConfigMapping(prefix = "comptoir.billing")
public interface BillingConfig {

    /** Time zone of the documents' dates: the year of a number, due dates, when an invoice is overdue. */
    @WithDefault("Africa/Abidjan")
    ZoneId zone();

    /** Days between an invoice and its due date. */
    @WithDefault("30")
    int paymentTermDays();

    /**
     * Grace after the due date's start before an unpaid invoice is overdue: one day by default, so an
     * invoice is overdue from the day after its due date.
     */
    @WithDefault("P1D")
    Duration overdueAfter();

    /** Days a quote stays open when it does not say. */
    @WithDefault("30")
    int quoteValidityDays();

    /** Number prefixes: {@code FAC-2026-000123}, {@code AV-2026-000001}, {@code DEV-2026-000042}. */
    @WithDefault("FAC")
    String invoicePrefix();

    @WithDefault("AV")
    String creditNotePrefix();

    @WithDefault("DEV")
    String quotePrefix();

    /**
     * How often overdue invoices are marked (their {@code billing.invoice.overdue}) and documents
     * interrupted before their number are finished.
     */
    @WithDefault("1h")
    Duration checkEvery();

    /** The seller as printed on quotes, invoices and credit notes. */
    @WithDefault("Comptoir")
    String sellerName();

    Optional<String> sellerAddress();
}
