package io.comptoir.kernel.problem;

/** The payment was refused (a declined card): nothing was charged (HTTP 402). */
public class PaymentRequiredException extends RuntimeException {

    public PaymentRequiredException(String message) {
        super(message);
    }
}
