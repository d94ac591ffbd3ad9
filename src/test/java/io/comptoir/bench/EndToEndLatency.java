package io.comptoir.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from an order's 201 to its points being visible on the loyalty endpoint, for fresh
 * customers: {@code <baseUrl> <privateKey.pem> <productId> <sku> <samples>}. Prints p50, p99, max.
 */
public final class EndToEndLatency {

    private static final Pattern PENDING = Pattern.compile("\"pendingPoints\":(\\d+)");

    private EndToEndLatency() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        BenchTokens tokens = new BenchTokens(Path.of(args[1]));
        String body =
                "{\"items\":[{\"productId\":\"%s\",\"sku\":\"%s\",\"quantity\":1}],\"paymentMethod\":\"CASH_ON_DELIVERY\"}"
                        .formatted(args[2], args[3]);
        int samples = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String customer = "e2e-" + System.nanoTime();
            String token = "Bearer " + tokens.sign(customer, "customer");
            HttpResponse<String> placed = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                            .header("Authorization", token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (placed.statusCode() != 201) {
                throw new IllegalStateException("order refused: " + placed.statusCode() + " " + placed.body());
            }
            long start = System.nanoTime();
            HttpRequest loyalty = HttpRequest.newBuilder(URI.create(base + "/api/loyalty/" + customer))
                    .header("Authorization", token)
                    .build();
            long deadline = start + 10_000_000_000L;
            while (true) {
                Matcher m = PENDING.matcher(
                        http.send(loyalty, HttpResponse.BodyHandlers.ofString()).body());
                if (m.find() && Long.parseLong(m.group(1)) > 0) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("points not visible after 10 s for " + customer);
                }
                LockSupport.parkNanos(10_000_000); // the probe polls every 10 ms: finer would load the app itself
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
                "e2e_p50_ms=%.1f e2e_p99_ms=%.1f e2e_max_ms=%.1f samples=%d%n",
                millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
                millis.getLast(),
                millis.size());
    }
}
