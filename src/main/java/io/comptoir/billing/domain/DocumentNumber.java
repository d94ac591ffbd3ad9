package io.comptoir.billing.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One allocated document number ({@code _id}, e.g. {@code FAC-2026-000123}), its series and rank,
 * and the document that holds it, unique per series ({@code holder}): numbers are taken one insert
 * at a time, so they are unique and without gaps whatever the concurrency, and a document never
 * gets two in a series (an invoice made from a quote has the quote's id, and its own number).
 */
@MongoEntity(collection = "billing_numbers")
public class DocumentNumber {

    @BsonId
    public String number;

    public String series;
    public long rank;
    public String documentId;
    /** {@code <series>/<documentId>}. */
    public String holder;
}
