package io.comptoir.payment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The admin side of payments (seed 002's analytics): over a period of UTC days, payments by method
 * and status with their amounts per currency, the failure rate of the payments that reached an
 * outcome, and each day's conversion (payments that succeeded, refunded later or not, over
 * payments asked for).
 */
public record PaymentAnalytics(
        LocalDate from,
        LocalDate to,
        List<Total> totals,
        long payments,
        long succeeded,
        long failed,
        double failureRate,
        List<Day> days) {

    /** Payments of one method in one status. */
    public record Total(String method, PaymentStatus status, long count, Map<String, Long> amounts) {}

    /** One day's payments. */
    public record Day(LocalDate day, long payments, long succeeded, double conversionRate) {}
}
