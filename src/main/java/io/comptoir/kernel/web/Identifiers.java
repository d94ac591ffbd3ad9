package io.comptoir.kernel.web;

/** Patterns of the identifiers every engine takes in paths and bodies, so they agree across engines. */
public final class Identifiers {

    /** A sku: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public static final String SKU_MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-'";

    /** An aggregate id (a product, order or category id). */
    public static final String ID = "[A-Za-z0-9._:-]{1,100}";

    private Identifiers() {}
}
