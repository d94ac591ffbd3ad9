package io.comptoir.testing;

import static io.restassured.RestAssured.given;

/** Counters of the application's Prometheus endpoint, to know when a consumer got past an event. */
public final class Metrics {

    private Metrics() {}

    /** {@code comptoir_events_in_total} of one engine, topic and outcome ({@code handled}, {@code duplicate}, …). */
    public static double eventsIn(String engine, String topic, String outcome) {
        String metric = "comptoir_events_in_total{engine=\"%s\",outcome=\"%s\",topic=\"%s\"} "
                .formatted(engine, outcome, topic);
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith(metric))
                .mapToDouble(l -> Double.parseDouble(l.substring(metric.length())))
                .sum();
    }
}
