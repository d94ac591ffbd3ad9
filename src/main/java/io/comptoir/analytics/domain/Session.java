package io.comptoir.analytics.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A visitor's session (its id is the client's session id): started by its first tracked event,
 * ended by the idle-session job, converted by the orders its customer placed during it.
 */
@MongoEntity(collection = "analytics_sessions")
public class Session extends Aggregate {

    public String customerId;
    public Instant startedAt;
    public Instant lastEventAt;
    public long events;
    public Instant endedAt;
    /** Orders placed during the session, each recorded once as a conversion. */
    public List<String> orders = new ArrayList<>();
}
