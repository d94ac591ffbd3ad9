package io.comptoir.payment.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The providers, by the order payment method each one serves. */
@ApplicationScoped
public class PaymentProviders {

    private final Map<String, PaymentProvider> byMethod;
    private final Map<String, PaymentProvider> byId;

    PaymentProviders(Instance<PaymentProvider> providers) {
        this.byMethod = providers.stream().collect(Collectors.toMap(PaymentProvider::method, Function.identity()));
        this.byId = providers.stream().collect(Collectors.toMap(PaymentProvider::id, Function.identity()));
    }

    public Optional<PaymentProvider> forMethod(String method) {
        return Optional.ofNullable(byMethod.get(method));
    }

    public PaymentProvider byId(String id) {
        PaymentProvider provider = byId.get(id);
        if (provider == null) {
            throw new IllegalStateException("no payment provider " + id);
        }
        return provider;
    }
}
