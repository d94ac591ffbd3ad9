package io.comptoir.billing.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A quote (devis) made for a customer: lines, total, how long it holds, and its invoice once billed. */
@MongoEntity(collection = "billing_quotes")
public class Quote extends Aggregate {

    public String number;
    public String customerId;
    public List<DocumentLine> lines = new ArrayList<>();
    public Money total;
    public LocalDate validUntil;
    public QuoteStatus status;
    public Instant createdAt;
    public Instant acceptedAt;
}
