package io.comptoir.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The yardstick of order placement: raw {@code insertOne} of order-sized documents with the same
 * MongoDB driver into the same server, from {@code threads} threads for {@code seconds}.
 * Prints {@code inserts_per_second=N}.
 */
public final class MongoInsertBaseline {

    private MongoInsertBaseline() {}

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        int threads = Integer.parseInt(args[1]);
        long millis = Long.parseLong(args[2]) * 1000;
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection =
                    client.getDatabase("baseline").getCollection("orders");
            collection.insertOne(order()); // warm the connection pool's first connection
            AtomicLong inserted = new AtomicLong();
            long end = System.currentTimeMillis() + millis;
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    while (System.currentTimeMillis() < end) {
                        collection.insertOne(order());
                        inserted.incrementAndGet();
                    }
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
            System.out.printf("inserts_per_second=%.0f%n", inserted.get() * 1000.0 / millis);
            client.getDatabase("baseline").drop();
        }
    }

    /** About the size and shape of an order with its pending event. */
    private static Document order() {
        String id = UUID.randomUUID().toString();
        Document money = new Document("amount", 25_000L).append("currency", "XOF");
        Document line = new Document("productId", id)
                .append("sku", "SKU-1")
                .append("name", "Product")
                .append("quantity", 1)
                .append("unitPrice", money)
                .append("lineTotal", money);
        return new Document("_id", id)
                .append("version", 1L)
                .append("customerId", "bench")
                .append("lines", List.of(line))
                .append("total", money)
                .append("paymentMethod", "CASH_ON_DELIVERY")
                .append("status", "PLACED")
                .append("placedAt", new Date())
                .append(
                        "outbox",
                        List.of(new Document("id", UUID.randomUUID().toString())
                                .append("topic", "order.order.placed")
                                .append("time", new Date())
                                .append("data", "x".repeat(400))))
                .append("outboxAt", new Date());
    }
}
