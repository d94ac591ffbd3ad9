package io.comptoir.kernel.money;

/** Raised when amounts in two currencies are combined without a conversion. */
public class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(String expected, String actual) {
        super("currency mismatch: expected " + expected + " but got " + actual);
    }
}
