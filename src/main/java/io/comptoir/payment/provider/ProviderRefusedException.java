package io.comptoir.payment.provider;

/** The provider refused what was asked (an unknown plan, a refused card): asking again the same way will not do. */
public class ProviderRefusedException extends RuntimeException {

    private final String code;

    public ProviderRefusedException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
