package io.comptoir.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local Stripe API (WireMock) for the real stripe-java client: PaymentIntents (create, confirm,
 * retrieve), refunds, customers and subscriptions, answering with bodies shaped like Stripe's published fixtures
 * ({@code stripe/openapi} {@code fixtures3.json}), Stripe's test payment methods deciding the
 * outcome as in test mode ({@code pm_card_visa} succeeds, {@code pm_card_threeDSecure2Required}
 * requires 3-D Secure, {@code pm_card_chargeDeclined} is declined with a 402 card error), and
 * idempotency keys honoured as Stripe does: the same key gets the first answer again. Tests read
 * the requests it received (WireMock's journal), let the customer pass 3-D Secure, take it down,
 * and build the Stripe events of what it holds.
 */
public final class StripeDouble implements ResponseDefinitionTransformerV2 {

    public static final String API_KEY = "sk_test_comptoir_double";
    public static final String API_VERSION = "2026-07-29.dahlia";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static StripeDouble instance;

    private final WireMockServer server;
    private final Map<String, ObjectNode> intents = new ConcurrentHashMap<>();
    private final Map<String, ResponseDefinition> answered = new ConcurrentHashMap<>();
    private final Map<String, String> reserved = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> subscriptions = new ConcurrentHashMap<>();
    private volatile boolean down;

    private StripeDouble() {
        this.server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .extensions(this));
    }

    static synchronized StripeDouble launch() {
        if (instance == null) {
            instance = new StripeDouble();
            instance.server.start();
            instance.server.stubFor(
                    any(urlPathMatching("/v1/.*")).willReturn(aResponse().withTransformers("stripe-double")));
        }
        return instance;
    }

    public static StripeDouble get() {
        return launch();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public String getName() {
        return "stripe-double";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Stripe answers 503 to everything until {@link #up()}. */
    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    /** Every request received on {@code path} ({@code /v1/payment_intents}), oldest first. */
    public List<LoggedRequest> requests(String method, String path) {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals(method)
                        && r.getUrl().split("\\?")[0].equals(path))
                .toList()
                .reversed();
    }

    /** The PaymentIntent made for Comptoir payment {@code paymentId}. */
    public ObjectNode intentOf(String paymentId) {
        return intents.values().stream()
                .filter(pi ->
                        paymentId.equals(pi.path("metadata").path("payment_id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no PaymentIntent for " + paymentId));
    }

    public long intentCount(String paymentId) {
        return intents.values().stream()
                .filter(pi ->
                        paymentId.equals(pi.path("metadata").path("payment_id").asText()))
                .count();
    }

    /** The id the PaymentIntent of Comptoir payment {@code paymentId} will get, known before it is made. */
    public String reserveIntentId(String paymentId) {
        return reserved.computeIfAbsent(paymentId, p -> "pi_" + random());
    }

    /** The customer went through 3-D Secure in their browser: the intent awaits confirmation. */
    public void passAuthentication(String intentId) {
        ObjectNode intent = intents.get(intentId);
        intent.put("status", "requires_confirmation");
        intent.putNull("next_action");
    }

    /** A Stripe event about an object, shaped as Stripe sends it to webhooks. */
    public static String event(String type, ObjectNode object) {
        ObjectNode event = NODES.objectNode();
        event.put("id", "evt_" + random());
        event.put("object", "event");
        event.put("api_version", API_VERSION);
        event.put("created", Instant.now().getEpochSecond());
        event.putObject("data").set("object", object.deepCopy());
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.putObject("request").putNull("id").putNull("idempotency_key");
        event.put("type", type);
        return event.toString();
    }

    /**
     * What Stripe sends when the intent reaches what {@code type} says (it does reach it here too:
     * {@code payment_intent.succeeded} leaves it succeeded, with its charge).
     */
    public synchronized String intentEvent(String type, String paymentId) {
        ObjectNode intent = intentOf(paymentId);
        switch (type) {
            case "payment_intent.succeeded" -> {
                intent.put("status", "succeeded");
                intent.put("amount_received", intent.path("amount").asLong());
                if (intent.path("latest_charge").isNull()) {
                    intent.put("latest_charge", "ch_" + random());
                }
            }
            case "payment_intent.payment_failed" -> {
                intent.put("status", "requires_payment_method");
                intent.set("last_payment_error", cardError("card_declined", "generic_decline"));
            }
            case "payment_intent.requires_action" -> intent.put("status", "requires_action");
            default -> {}
        }
        return event(type, intent);
    }

    /** {@code charge.refunded} for the intent's charge, {@code amountRefunded} refunded in all. */
    public String chargeRefunded(String paymentId, long amountRefunded) {
        ObjectNode intent = intentOf(paymentId);
        ObjectNode charge = NODES.objectNode();
        charge.put("id", intent.path("latest_charge").asText("ch_" + random()));
        charge.put("object", "charge");
        charge.put("amount", intent.path("amount").asLong());
        charge.put("amount_captured", intent.path("amount").asLong());
        charge.put("amount_refunded", amountRefunded);
        charge.put("currency", intent.path("currency").asText());
        charge.put("captured", true);
        charge.put("paid", true);
        charge.put("payment_intent", intent.path("id").asText());
        charge.put("refunded", amountRefunded == intent.path("amount").asLong());
        charge.put("status", "succeeded");
        charge.putObject("metadata");
        return event("charge.refunded", charge);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        if (down) {
            return error(503, "api_error", null, null, "Stripe is down (test)", null);
        }
        String idempotencyKey = request.getHeader("Idempotency-Key");
        String path = request.getUrl().split("\\?")[0];
        String replayKey = idempotencyKey == null ? null : path + " " + idempotencyKey;
        if (replayKey != null && answered.containsKey(replayKey)) {
            return answered.get(replayKey);
        }
        ResponseDefinition response = route(request.getMethod().getName(), path, form(request.getBodyAsString()));
        if (replayKey != null && response.getStatus() < 500) {
            answered.put(replayKey, response);
        }
        return response;
    }

    private synchronized ResponseDefinition route(String method, String path, Map<String, String> params) {
        String[] parts = path.split("/");
        if (method.equals("POST") && path.equals("/v1/payment_intents")) {
            return createIntent(params);
        }
        if (parts.length >= 4 && parts[2].equals("payment_intents") && intents.containsKey(parts[3])) {
            ObjectNode intent = intents.get(parts[3]);
            if (method.equals("GET") && parts.length == 4) {
                return ok(intent);
            }
            if (method.equals("POST") && parts.length == 5 && parts[4].equals("confirm")) {
                return confirm(intent);
            }
        }
        if (method.equals("POST") && path.equals("/v1/refunds")) {
            return refund(params);
        }
        if (method.equals("POST") && path.equals("/v1/customers")) {
            return customer(params);
        }
        if (method.equals("POST") && path.equals("/v1/subscriptions")) {
            return subscribe(params);
        }
        return error(404, "invalid_request_error", "resource_missing", null, "No such resource: " + path, null);
    }

    private ResponseDefinition createIntent(Map<String, String> params) {
        ObjectNode intent = NODES.objectNode();
        String id = reserved.remove(params.getOrDefault("metadata[payment_id]", ""));
        id = id == null ? "pi_" + random() : id;
        long amount = Long.parseLong(params.getOrDefault("amount", "0"));
        intent.put("id", id);
        intent.put("object", "payment_intent");
        intent.put("amount", amount);
        intent.put("amount_capturable", 0);
        intent.put("amount_received", 0);
        intent.put("capture_method", "automatic");
        intent.put("client_secret", id + "_secret_" + random());
        intent.put("confirmation_method", params.getOrDefault("confirmation_method", "automatic"));
        intent.put("created", Instant.now().getEpochSecond());
        intent.put("currency", params.get("currency"));
        intent.putNull("customer");
        intent.putNull("last_payment_error");
        intent.putNull("latest_charge");
        intent.put("livemode", false);
        metadata(intent, params);
        intent.putNull("next_action");
        if (params.containsKey("payment_method")) {
            intent.put("payment_method", params.get("payment_method"));
        } else {
            intent.putNull("payment_method");
        }
        ArrayNode types = intent.putArray("payment_method_types");
        types.add(params.getOrDefault("payment_method_types[0]", "card"));
        intent.put("return_url", params.get("return_url"));
        intent.put("status", "requires_payment_method");
        intents.put(id, intent);
        if (amount < 1 || intent.path("currency").isMissingNode()) {
            return error(400, "invalid_request_error", "parameter_missing", null, "Missing amount or currency", null);
        }
        return "true".equals(params.get("confirm")) ? confirm(intent) : ok(intent);
    }

    private ResponseDefinition confirm(ObjectNode intent) {
        String method = intent.path("payment_method").asText("");
        String status = intent.path("status").asText();
        if (status.equals("succeeded")) {
            return error(
                    400,
                    "invalid_request_error",
                    "payment_intent_unexpected_state",
                    null,
                    "This PaymentIntent has already succeeded",
                    intent);
        }
        if (method.contains("chargeDeclined")) {
            String decline = method.contains("InsufficientFunds") ? "insufficient_funds" : "generic_decline";
            intent.put("status", "requires_payment_method");
            intent.set("last_payment_error", cardError("card_declined", decline));
            return error(402, "card_error", "card_declined", decline, "Your card was declined.", intent);
        }
        boolean challenge = method.contains("threeDSecure") || method.contains("authenticationRequired");
        if (challenge && !status.equals("requires_confirmation")) {
            intent.put("status", "requires_action");
            ObjectNode next = intent.putObject("next_action");
            next.put("type", "redirect_to_url");
            ObjectNode redirect = next.putObject("redirect_to_url");
            redirect.put(
                    "url",
                    "https://hooks.stripe.com/3d_secure_2/authenticate/"
                            + intent.path("id").asText());
            redirect.put("return_url", intent.path("return_url").asText(null));
            return ok(intent);
        }
        intent.put("status", "succeeded");
        intent.put("amount_received", intent.path("amount").asLong());
        intent.put("latest_charge", "ch_" + random());
        intent.putNull("next_action");
        return ok(intent);
    }

    private ResponseDefinition refund(Map<String, String> params) {
        ObjectNode intent = intents.get(params.get("payment_intent"));
        if (intent == null || !intent.path("status").asText().equals("succeeded")) {
            return error(400, "invalid_request_error", "charge_not_refundable", null, "Not refundable", null);
        }
        long total = intent.path("amount").asLong();
        long already = intent.path("amount_refunded").asLong(0);
        long amount = Long.parseLong(params.getOrDefault("amount", Long.toString(total - already)));
        if (amount < 1 || already + amount > total) {
            return error(
                    400,
                    "invalid_request_error",
                    "amount_too_large",
                    null,
                    "Refund amount is greater than unrefunded amount on charge",
                    null);
        }
        intent.put("amount_refunded", already + amount);
        ObjectNode refund = NODES.objectNode();
        refund.put("id", "re_" + random());
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("balance_transaction", "txn_" + random());
        refund.put("charge", intent.path("latest_charge").asText());
        refund.put("created", Instant.now().getEpochSecond());
        refund.put("currency", intent.path("currency").asText());
        refund.putObject("metadata");
        refund.put("payment_intent", intent.path("id").asText());
        refund.putNull("reason");
        refund.putNull("receipt_number");
        refund.putNull("source_transfer_reversal");
        refund.put("status", "succeeded");
        refund.putNull("transfer_reversal");
        return ok(refund);
    }

    private ResponseDefinition customer(Map<String, String> params) {
        ObjectNode customer = NODES.objectNode();
        customer.put("id", "cus_" + random());
        customer.put("object", "customer");
        customer.put("created", Instant.now().getEpochSecond());
        customer.putNull("email");
        customer.put("livemode", false);
        metadata(customer, params);
        return ok(customer);
    }

    /** Plans are Stripe prices of 5,000 XOF a month; {@code price_unknown} does not exist. */
    private ResponseDefinition subscribe(Map<String, String> params) {
        String price = params.get("items[0][price]");
        if (price == null || price.equals("price_unknown")) {
            return error(
                    400, "invalid_request_error", "resource_missing", null, "No such price: '" + price + "'", null);
        }
        long now = Instant.now().getEpochSecond();
        ObjectNode subscription = NODES.objectNode();
        String id = "sub_" + random();
        subscription.put("id", id);
        subscription.put("object", "subscription");
        subscription.put("created", now);
        subscription.put("customer", params.get("customer"));
        subscription.put("livemode", false);
        ObjectNode metadata = metadata(subscription, params);
        subscription.put("status", "incomplete");
        ObjectNode items = subscription.putObject("items");
        items.put("object", "list");
        ObjectNode item = items.putArray("data").addObject();
        item.put("id", "si_" + random());
        item.put("object", "subscription_item");
        item.put("current_period_start", now);
        item.put("current_period_end", now + 30 * 86_400);
        ObjectNode plan = item.putObject("price");
        plan.put("id", price);
        plan.put("object", "price");
        plan.put("currency", "xof");
        plan.put("unit_amount", 5_000);
        plan.putObject("recurring").put("interval", "month");
        item.put("quantity", 1);
        ObjectNode invoice = subscription.putObject("latest_invoice");
        invoice.put("id", "in_" + random());
        invoice.put("object", "invoice");
        invoice.put("amount_due", 5_000);
        invoice.put("amount_paid", 0);
        invoice.put("currency", "xof");
        invoice.put("status", "open");
        ObjectNode secret = invoice.putObject("confirmation_secret");
        secret.put("client_secret", "pi_" + random() + "_secret_" + random());
        secret.put("type", "payment_intent");
        ObjectNode details = invoice.putObject("parent").putObject("subscription_details");
        details.put("subscription", id);
        details.set("metadata", metadata.deepCopy());
        subscriptions.put(id, subscription);
        return ok(subscription);
    }

    private static ObjectNode metadata(ObjectNode object, Map<String, String> params) {
        ObjectNode metadata = object.putObject("metadata");
        params.forEach((key, value) -> {
            if (key.startsWith("metadata[")) {
                metadata.put(key.substring("metadata[".length(), key.length() - 1), value);
            }
        });
        return metadata;
    }

    /** The subscription made for Comptoir subscription {@code subscriptionId}. */
    public ObjectNode subscriptionOf(String subscriptionId) {
        return subscriptions.values().stream()
                .filter(s -> subscriptionId.equals(
                        s.path("metadata").path("subscription_id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subscription for " + subscriptionId));
    }

    /** {@code customer.subscription.updated}: the subscription now {@code status} (Stripe's lower case). */
    public synchronized String subscriptionUpdated(String subscriptionId, String status) {
        ObjectNode subscription = subscriptionOf(subscriptionId);
        subscription.put("status", status);
        return event("customer.subscription.updated", subscription);
    }

    /**
     * {@code invoice.paid} for a renewal of the subscription: shaped as API versions from
     * 2025-03-31 send it (subscription under {@code parent.subscription_details}), or as older ones
     * did ({@code subscription} at the top, and that older {@code api_version}).
     */
    public String invoicePaid(String subscriptionId, boolean olderApiVersion) {
        ObjectNode subscription = subscriptionOf(subscriptionId);
        ObjectNode invoice = NODES.objectNode();
        invoice.put("id", "in_" + random());
        invoice.put("object", "invoice");
        invoice.put("amount_due", 5_000);
        invoice.put("amount_paid", 5_000);
        invoice.put("currency", "xof");
        invoice.put("status", "paid");
        invoice.put("billing_reason", "subscription_cycle");
        if (olderApiVersion) {
            invoice.put("subscription", subscription.path("id").asText());
            invoice.putObject("subscription_details")
                    .set("metadata", subscription.path("metadata").deepCopy());
        } else {
            ObjectNode details = invoice.putObject("parent").putObject("subscription_details");
            details.put("subscription", subscription.path("id").asText());
            details.set("metadata", subscription.path("metadata").deepCopy());
        }
        String event = event("invoice.paid", invoice);
        return olderApiVersion ? event.replace(API_VERSION, "2024-06-20") : event;
    }

    private static ObjectNode cardError(String code, String decline) {
        ObjectNode error = NODES.objectNode();
        error.put("code", code);
        error.put("decline_code", decline);
        error.put("message", "Your card was declined.");
        error.put("type", "card_error");
        return error;
    }

    private static ResponseDefinition ok(ObjectNode body) {
        return json(200, body.toString());
    }

    private static ResponseDefinition error(
            int status, String type, String code, String decline, String message, ObjectNode intent) {
        ObjectNode body = NODES.objectNode();
        ObjectNode error = body.putObject("error");
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        if (decline != null) {
            error.put("decline_code", decline);
        }
        error.put("message", message);
        if (intent != null) {
            error.set("payment_intent", intent.deepCopy());
        }
        return json(status, body.toString());
    }

    private static ResponseDefinition json(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + random())
                .withHeader("Stripe-Version", API_VERSION)
                .withBody(body)
                .build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    /** The form parameters of a request stripe-java sent. */
    public static Map<String, String> params(LoggedRequest request) {
        return form(request.getBodyAsString());
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
