package io.comptoir.bench;

import io.comptoir.devinfra.DevKeys;
import io.comptoir.devinfra.EmbeddedKafka;
import io.comptoir.devinfra.EmbeddedMongo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's external infrastructure, each piece in its own JVM so it can be stopped apart:
 * {@code kafka <port> <dir>}, {@code mongo <port>} (in memory), or {@code tokens <dir> <customers>}
 * (a key pair, an admin token and customer tokens, one per line, for wrk).
 */
public final class BenchInfra {

    private BenchInfra() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "kafka" -> {
                EmbeddedKafka kafka = new EmbeddedKafka(Path.of(args[2]), Integer.parseInt(args[1]), 3).start();
                System.out.println("kafka ready " + kafka.bootstrapServers());
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop));
                new CountDownLatch(1).await();
            }
            case "mongo" -> {
                EmbeddedMongo mongo =
                        EmbeddedMongo.inMemory(Integer.parseInt(args[1])).start();
                System.out.println("mongo ready " + mongo.connectionString());
                Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
                new CountDownLatch(1).await();
            }
            case "tokens" -> {
                Path dir = Path.of(args[1]);
                DevKeys.ensure(dir);
                BenchTokens tokens = new BenchTokens(dir.resolve(DevKeys.PRIVATE_KEY));
                Files.writeString(dir.resolve("admin.token"), tokens.sign("bench-admin", "admin"));
                List<String> customers = new ArrayList<>();
                for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                    customers.add(tokens.sign("bench-customer-" + i, "customer"));
                }
                Files.write(dir.resolve("customers.tokens"), customers);
            }
            default -> throw new IllegalArgumentException("kafka|mongo|tokens");
        }
    }
}
