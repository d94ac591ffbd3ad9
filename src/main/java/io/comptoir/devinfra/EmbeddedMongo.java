package io.comptoir.devinfra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server (mongo-java-server) on loopback for dev mode (H2 file backend: data kept
 * across restarts) and tests (memory backend). It has no sessions nor transactions, so Comptoir
 * relies on single-document atomicity only, which is also correct on a real replica set.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.port = port;
    }

    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new MemoryBackend(), port);
    }

    public static EmbeddedMongo inFile(Path file, int port) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMongo(new H2Backend(file.toString()), port);
    }

    public EmbeddedMongo start() {
        server.bind("127.0.0.1", port);
        return this;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
