package io.comptoir.payment.provider;

/** The provider could not be reached, refused our credentials or is not configured: nothing was done. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
