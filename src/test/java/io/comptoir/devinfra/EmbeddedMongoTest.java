package io.comptoir.devinfra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The tests' wire server keeps MongoDB's single-document atomicity, on which the aggregates'
 * versioned writes rely: writers racing on one document with read, change, write-if-same-version
 * lose nothing (a reader seeing half an update would let a writer overwrite another's change),
 * and a find-and-modify (the outbox relay's claim) changes the stored document, not a copy.
 */
class EmbeddedMongoTest {

    private static final int WRITERS = 8;
    private static final int WRITES = 40;

    @Test
    void versionedWritesRacingOnOneDocumentLoseNothing() throws Exception {
        onFreshServer(groups -> {
            groups.insertOne(new Document("_id", "g")
                    .append("version", 0L)
                    .append("total", 0L)
                    .append("members", List.of()));
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Callable<Integer>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(() -> {
                        for (int i = 0; i < WRITES; i++) {
                            String member = writer + "-" + i;
                            while (!append(groups, member)) {
                                // another writer got there first: read again
                            }
                        }
                        return WRITES;
                    });
                }
                for (Future<Integer> done : pool.invokeAll(writers)) {
                    done.get();
                }
            } finally {
                pool.shutdownNow();
            }
            Document group = groups.find(eq("_id", "g")).first();
            assertThat(group.getList("members", Document.class)).hasSize(WRITERS * WRITES);
            assertThat(group.getLong("total")).isEqualTo(WRITERS * WRITES);
        });
    }

    @Test
    void findAndModifyChangesTheStoredDocumentAndAnswersTheChangedOne() throws Exception {
        onFreshServer(outbox -> {
            outbox.insertOne(new Document("_id", "d").append("events", List.of("e1")));
            Document claimed = outbox.findOneAndUpdate(
                    eq("_id", "d"),
                    new Document("$set", new Document("claim", "c1")),
                    new FindOneAndUpdateOptions()
                            .projection(Projections.include("claim"))
                            .returnDocument(ReturnDocument.AFTER));
            assertThat(claimed).isEqualTo(new Document("_id", "d").append("claim", "c1"));
            assertThat(outbox.countDocuments(eq("claim", "c1"))).isOne();
            assertThat(outbox.find().first().getList("events", String.class)).containsExactly("e1");
        });
    }

    private interface CollectionTest {
        void run(MongoCollection<Document> collection) throws Exception;
    }

    /** Runs {@code test} on a collection of a wire server of its own. */
    private static void onFreshServer(CollectionTest test) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(port).start();
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            test.run(client.getDatabase("test").getCollection("documents"));
        }
    }

    /** One aggregate-style change: read, add a member and count it, write if nobody wrote meanwhile. */
    private static boolean append(MongoCollection<Document> groups, String member) {
        Document read = groups.find(eq("_id", "g")).first();
        long version = read.getLong("version");
        List<Document> members = new ArrayList<>(read.getList("members", Document.class));
        // Members of some size, as a group buy's are: a read then takes long enough to race a write.
        members.add(new Document("id", member).append("note", "x".repeat(200)));
        Document changed = new Document("total", read.getLong("total") + 1);
        // Many fields, as an aggregate has: the server copies an update into the stored document
        // field by field, which is when a reader could catch it half done.
        for (int f = 0; f < 50; f++) {
            changed.append("field" + f, member);
        }
        changed.append("members", members);
        return groups.updateOne(
                                and(eq("_id", "g"), eq("version", version)),
                                new Document("$set", changed).append("$inc", new Document("version", 1L)))
                        .getMatchedCount()
                == 1;
    }
}
