package io.comptoir.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionCreateParams;
import io.comptoir.kernel.money.Money;
import io.comptoir.payment.config.PaymentConfig;
import io.comptoir.payment.domain.PaymentStatus;
import io.comptoir.payment.provider.PaymentOrder;
import io.comptoir.payment.provider.PaymentProvider;
import io.comptoir.payment.provider.ProviderAttempt;
import io.comptoir.payment.provider.ProviderRefund;
import io.comptoir.payment.provider.ProviderRefusedException;
import io.comptoir.payment.provider.ProviderSubscription;
import io.comptoir.payment.provider.ProviderUnavailableException;
import io.comptoir.payment.provider.SubscriptionOrder;
import io.comptoir.payment.provider.SubscriptionProvider;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Cards through Stripe (stripe-java's {@link StripeClient}, pinned to its API version): a
 * PaymentIntent with manual confirmation, confirmed at once when the customer's payment method is
 * given (3-D Secure answered as REQUIRES_ACTION with the client secret and the {@code return_url}
 * redirect), left for the customer to confirm with the client secret otherwise. Every create and
 * confirm carries an idempotency key derived from the payment id (order id and attempt). Also
 * Stripe Billing: customers and subscriptions.
 */
@ApplicationScoped
// Gson fills these (their nested classes too, and the superclasses whose fields it also walks)
// reflectively from Stripe's answers, in a native image as on the JVM.
@RegisterForReflection(
        targets = {
            com.stripe.model.StripeObject.class,
            com.stripe.net.ApiResource.class,
            com.stripe.model.StripeCollection.class,
            com.stripe.model.SubscriptionItemCollection.class,
            com.stripe.model.Price.class,
            com.stripe.model.Plan.class,
            com.stripe.model.InvoiceLineItem.class,
            com.stripe.model.InvoiceLineItemCollection.class,
            PaymentIntent.class,
            Refund.class,
            Customer.class,
            Subscription.class,
            SubscriptionItem.class,
            Invoice.class,
            StripeError.class,
            com.stripe.model.Charge.class,
            com.stripe.model.PaymentMethod.class
        })
public class StripeProvider implements PaymentProvider, SubscriptionProvider {

    private final Optional<StripeClient> client;

    StripeProvider(PaymentConfig config) {
        PaymentConfig.Stripe stripe = config.stripe();
        this.client = stripe.apiKey().filter(key -> !key.isBlank()).map(key -> {
            int timeout = (int) stripe.timeout().toMillis();
            StripeClient.StripeClientBuilder builder = StripeClient.builder()
                    .setApiKey(key)
                    .setConnectTimeout(timeout)
                    .setReadTimeout(timeout)
                    .setMaxNetworkRetries(stripe.maxNetworkRetries());
            stripe.apiBase().ifPresent(builder::setApiBase);
            return builder.build();
        });
    }

    @Override
    public String id() {
        return "stripe";
    }

    @Override
    public String method() {
        return "CARD";
    }

    @Override
    public ProviderAttempt start(PaymentOrder order) {
        if (!StripeAmounts.supports(order.amount().currency())) {
            return ProviderAttempt.failed(
                    null,
                    "currency_unsupported",
                    "Stripe counts " + order.amount().currency() + " differently");
        }
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.toStripe(order.amount()))
                .setCurrency(order.amount().currency().toLowerCase(Locale.ROOT))
                .addPaymentMethodType("card")
                .putMetadata(StripeAmounts.PAYMENT_ID, order.paymentId())
                .putMetadata("order_id", order.orderId())
                .putMetadata("customer_id", order.customerId());
        if (order.paymentMethodId() != null) {
            params.setPaymentMethod(order.paymentMethodId())
                    .setConfirmationMethod(PaymentIntentCreateParams.ConfirmationMethod.MANUAL)
                    .setConfirm(true)
                    .setReturnUrl(order.returnUrl());
        }
        return call(() -> client().paymentIntents().create(params.build(), key(order.paymentId())));
    }

    @Override
    public ProviderAttempt resume(String reference, String idempotencyKey) {
        return call(() -> client().paymentIntents().confirm(reference, key(idempotencyKey)));
    }

    @Override
    public ProviderRefund refund(String reference, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(reference)
                .setAmount(StripeAmounts.toStripe(amount))
                .build();
        try {
            Refund refund = client().refunds().create(params, key(idempotencyKey));
            return new ProviderRefund(
                    refund.getId(),
                    switch (refund.getStatus()) {
                        case "succeeded" -> ProviderRefund.Status.SUCCEEDED;
                        case "failed", "canceled" -> ProviderRefund.Status.FAILED;
                        default -> ProviderRefund.Status.PENDING;
                    });
        } catch (InvalidRequestException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 400) {
                // Refused for good (already refunded at the provider, disputed): not worth asking again.
                return new ProviderRefund(null, ProviderRefund.Status.FAILED);
            }
            throw unavailable(e);
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    @Override
    public String createCustomer(String customerId, String idempotencyKey) {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .putMetadata("customer_id", customerId)
                .build();
        try {
            return client().customers().create(params, key(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    /**
     * A subscription created {@code default_incomplete}: its first invoice waits for the customer's
     * page to confirm the payment with the invoice's confirmation secret (3-D Secure included).
     */
    @Override
    public ProviderSubscription subscribe(String customerReference, SubscriptionOrder order) {
        SubscriptionCreateParams.Builder params = SubscriptionCreateParams.builder()
                .setCustomer(customerReference)
                .addItem(SubscriptionCreateParams.Item.builder()
                        .setPrice(order.planId())
                        .build())
                .setPaymentBehavior(SubscriptionCreateParams.PaymentBehavior.DEFAULT_INCOMPLETE)
                .addExpand("latest_invoice.confirmation_secret")
                .putMetadata(StripeAmounts.SUBSCRIPTION_ID, order.subscriptionId())
                .putMetadata("customer_id", order.customerId());
        if (order.paymentMethodId() != null) {
            params.setDefaultPaymentMethod(order.paymentMethodId());
        }
        try {
            Subscription subscription = client().subscriptions().create(params.build(), key(order.idempotencyKey()));
            Invoice invoice = subscription.getLatestInvoiceObject();
            String secret = invoice == null || invoice.getConfirmationSecret() == null
                    ? null
                    : invoice.getConfirmationSecret().getClientSecret();
            Long periodEnd = subscription.getItems() == null
                            || subscription.getItems().getData().isEmpty()
                    ? null
                    : subscription.getItems().getData().getFirst().getCurrentPeriodEnd();
            return new ProviderSubscription(
                    subscription.getId(),
                    subscription.getStatus().toUpperCase(Locale.ROOT),
                    secret,
                    periodEnd == null ? null : Instant.ofEpochSecond(periodEnd));
        } catch (CardException | InvalidRequestException e) {
            throw new ProviderRefusedException(e.getCode(), e.getUserMessage(), e);
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    private interface StripeCall {
        PaymentIntent run() throws StripeException;
    }

    private ProviderAttempt call(StripeCall call) {
        try {
            return attempt(call.run());
        } catch (CardException e) {
            // A decline: Stripe names the PaymentIntent it made, now awaiting another payment method.
            StripeError error = e.getStripeError();
            PaymentIntent intent = error == null ? null : error.getPaymentIntent();
            String code = e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode();
            return ProviderAttempt.failed(intent == null ? null : intent.getId(), code, e.getUserMessage());
        } catch (InvalidRequestException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 400) {
                // Refused as asked (an unusable payment method, a currency Stripe does not take).
                return ProviderAttempt.failed(null, e.getCode(), e.getUserMessage());
            }
            throw unavailable(e);
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    private static ProviderUnavailableException unavailable(StripeException e) {
        return new ProviderUnavailableException("Stripe is unavailable: " + e.getMessage(), e);
    }

    private static ProviderAttempt attempt(PaymentIntent intent) {
        String nextActionUrl =
                intent.getNextAction() != null && intent.getNextAction().getRedirectToUrl() != null
                        ? intent.getNextAction().getRedirectToUrl().getUrl()
                        : null;
        PaymentStatus status = StripeAmounts.status(intent.getStatus());
        if (status == PaymentStatus.FAILED) {
            var error = intent.getLastPaymentError();
            return ProviderAttempt.failed(
                    intent.getId(),
                    error == null ? intent.getStatus() : error.getCode(),
                    error == null ? null : error.getMessage());
        }
        return new ProviderAttempt(intent.getId(), status, intent.getClientSecret(), nextActionUrl, null, null);
    }

    private StripeClient client() {
        return client.orElseThrow(() ->
                new ProviderUnavailableException("Stripe is not configured (comptoir.payment.stripe.api-key)", null));
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }
}
