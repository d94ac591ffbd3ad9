package io.comptoir.devinfra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A MongoDB-wire server (mongo-java-server) on loopback for dev mode (H2 file backend: data kept
 * across restarts) and tests (memory backend). It has no sessions nor transactions, so Comptoir
 * relies on single-document atomicity only, which is also correct on a real replica set.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final int port;
    private final SnapshotMemoryBackend memory;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.port = port;
        this.memory = backend instanceof SnapshotMemoryBackend snapshot ? snapshot : null;
    }

    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new SnapshotMemoryBackend(), port);
    }

    /**
     * Stalls the (in-memory) server as a hung database does: connections stay open, and every
     * request waits unanswered until {@link #thaw()}.
     */
    public void freeze() {
        memory.freeze(true);
    }

    public void thaw() {
        memory.freeze(false);
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

    /**
     * The memory backend with reads that see each document whole, as MongoDB's do. Its updates
     * change the stored document field by field under the collection's lock, but a query hands out
     * the stored documents themselves, encoded for the wire after the lock is released: a reader
     * racing a writer could see a new {@code version} beside an old array, and a versioned write
     * built on that read would lose the writer's change. Queries here copy their results under the
     * lock (but for findAndModify's own, which changes what it finds).
     */
    private static final class SnapshotMemoryBackend extends MemoryBackend {

        private final Object gate = new Object();
        private volatile boolean frozen;

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return new SnapshotMemoryDatabase(databaseName, getCursorRegistry());
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            awaitThaw();
            return super.handleMessage(message);
        }

        @Override
        public QueryResult handleQuery(MongoQuery query) {
            awaitThaw();
            return super.handleQuery(query);
        }

        void freeze(boolean frozen) {
            synchronized (gate) {
                this.frozen = frozen;
                gate.notifyAll();
            }
        }

        private void awaitThaw() {
            if (!frozen) {
                return;
            }
            synchronized (gate) {
                while (frozen) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private static final class SnapshotMemoryDatabase extends MemoryDatabase {

        SnapshotMemoryDatabase(String databaseName, CursorRegistry cursors) {
            super(databaseName, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new SnapshotMemoryCollection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class SnapshotMemoryCollection extends MemoryCollection {

        SnapshotMemoryCollection(
                MemoryDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursors) {
            super(database, collectionName, options, cursors);
        }

        /** Set while a findAndModify runs: its own query must hand it the stored documents to change. */
        private boolean modifying;

        @Override
        public synchronized Document findAndModify(Document query) {
            modifying = true;
            try {
                return super.findAndModify(query);
            } finally {
                modifying = false;
            }
        }

        @Override
        public synchronized QueryResult handleQuery(QueryParameters query) {
            QueryResult result = super.handleQuery(query);
            if (modifying) {
                return result;
            }
            List<Document> copies = new ArrayList<>();
            result.forEach(document -> copies.add(document.cloneDeeply()));
            return new QueryResult(copies, result.getCursorId());
        }
    }
}
