package io.comptoir.suggestion.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** The last views of one browsing session (id = the session id), oldest first. */
@MongoEntity(collection = "suggestion_sessions")
public class SessionViews {

    @BsonId
    public String id;

    public List<View> views = new ArrayList<>();
    public Instant lastViewAt;

    /** One view: the product and the event that recorded it. */
    public static class View {
        public String productId;
        public String eventId;
    }

    /** Distinct products viewed, most recent first. */
    List<String> recentProducts() {
        List<String> recent = new ArrayList<>();
        for (int i = views.size() - 1; i >= 0; i--) {
            String productId = views.get(i).productId;
            if (!recent.contains(productId)) {
                recent.add(productId);
            }
        }
        return recent;
    }
}
