package io.comptoir.payment.domain;

import com.mongodb.client.AggregateIterable;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;

/** Reading payments for the API. */
@ApplicationScoped
public class PaymentQueries {

    private final PaymentRepository payments;

    PaymentQueries(PaymentRepository payments) {
        this.payments = payments;
    }

    public Optional<Payment> find(String id) {
        return payments.findByIdOptional(id);
    }

    /** Payment analytics over the UTC days {@code from} to {@code to}, both included. */
    public PaymentAnalytics analytics(LocalDate from, LocalDate to) {
        Document period =
                new Document("createdDay", new Document("$gte", from.toString()).append("$lte", to.toString()));
        Map<String, Tally> tallies = new TreeMap<>();
        countPayments(
                        period,
                        new Document("method", "$method")
                                .append("status", "$status")
                                .append("currency", "$amount.currency"))
                .forEach(group -> {
                    Document key = group.get("_id", Document.class);
                    Tally tally = tallies.computeIfAbsent(
                            key.getString("method") + " " + key.getString("status"),
                            k -> new Tally(key.getString("method"), PaymentStatus.valueOf(key.getString("status"))));
                    tally.count += ((Number) group.get("count")).longValue();
                    tally.amounts.merge(
                            key.getString("currency"), ((Number) group.get("amount")).longValue(), Long::sum);
                });
        List<PaymentAnalytics.Total> totals = tallies.values().stream()
                .map(t -> new PaymentAnalytics.Total(t.method, t.status, t.count, t.amounts))
                .toList();
        Map<LocalDate, long[]> days = new TreeMap<>();
        countPayments(period, new Document("day", "$createdDay").append("status", "$status"))
                .forEach(group -> {
                    Document key = group.get("_id", Document.class);
                    long[] counts = days.computeIfAbsent(LocalDate.parse(key.getString("day")), d -> new long[2]);
                    long count = ((Number) group.get("count")).longValue();
                    counts[0] += count;
                    if (succeeded(PaymentStatus.valueOf(key.getString("status")))) {
                        counts[1] += count;
                    }
                });
        long all = 0;
        long succeeded = 0;
        long failed = 0;
        for (PaymentAnalytics.Total total : totals) {
            all += total.count();
            succeeded += succeeded(total.status()) ? total.count() : 0;
            failed += total.status() == PaymentStatus.FAILED ? total.count() : 0;
        }
        return new PaymentAnalytics(
                from,
                to,
                totals,
                all,
                succeeded,
                failed,
                ratio(failed, succeeded + failed),
                days.entrySet().stream()
                        .map(d -> new PaymentAnalytics.Day(
                                d.getKey(), d.getValue()[0], d.getValue()[1], ratio(d.getValue()[1], d.getValue()[0])))
                        .toList());
    }

    /** The payments of the period grouped by {@code key}: how many, and their amount. */
    private AggregateIterable<Document> countPayments(Document period, Document key) {
        return payments.mongoCollection()
                .aggregate(
                        List.of(
                                new Document("$match", period),
                                new Document(
                                        "$group",
                                        new Document("_id", key)
                                                .append("count", new Document("$sum", 1))
                                                .append("amount", new Document("$sum", "$amount.amount")))),
                        Document.class);
    }

    /** Payments of one method and status, counted as the groups come. */
    private static final class Tally {
        final String method;
        final PaymentStatus status;
        final Map<String, Long> amounts = new TreeMap<>();
        long count;

        Tally(String method, PaymentStatus status) {
            this.method = method;
            this.status = status;
        }
    }

    private static boolean succeeded(PaymentStatus status) {
        return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED;
    }

    /** Rounded to four decimals (0.1234 = 12.34 %); 0 when there is nothing to divide. */
    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    /** Newest first; each filter only when given. */
    public PageResponse<Payment> list(String customerId, String orderId, PaymentStatus status, PageRequest paging) {
        Map<String, Object> filter = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        if (customerId != null) {
            clauses.add("customerId = :customerId");
            filter.put("customerId", customerId);
        }
        if (orderId != null) {
            clauses.add("orderId = :orderId");
            filter.put("orderId", orderId);
        }
        if (status != null) {
            clauses.add("status = :status");
            filter.put("status", status.name());
        }
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("_id");
        var found = clauses.isEmpty()
                ? payments.findAll(newestFirst)
                : payments.find(String.join(" and ", clauses), newestFirst, filter);
        return paging.of(found);
    }
}
