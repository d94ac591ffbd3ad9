package io.comptoir.billing.domain;

import io.comptoir.kernel.money.Money;

/** One line of a quote or an invoice. */
public class DocumentLine {
    public String description;
    public String sku;
    public int quantity;
    public Money unitPrice;
    public Money lineTotal;

    public DocumentLine() {}

    public DocumentLine(String description, String sku, int quantity, Money unitPrice) {
        this.description = description;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.lineTotal = unitPrice.times(quantity);
    }
}
