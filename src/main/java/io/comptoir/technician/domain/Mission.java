package io.comptoir.technician.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's mission with its bids in one document: a bid, the assignment and the completion are
 * each one versioned write of it, so two assignments racing never both win.
 */
@MongoEntity(collection = "technician_missions")
public class Mission extends Aggregate {

    public String customerId;
    public String title;
    public String description;
    public Money budget;
    public String location;
    public MissionStatus status;
    public List<Bid> bids = new ArrayList<>();
    /** The bid the customer chose, once assigned. */
    public String assignedBidId;

    /** Its amount: what the customer pays for the mission. */
    public Money price;

    public Instant createdAt;
    public Instant assignedAt;
    public Instant completedAt;

    /** A technician's offer: one per technician and mission. */
    public static class Bid {
        public String bidId;
        public String technicianId;
        public Money amount;
        public String message;
        public Instant placedAt;
    }

    public Optional<Bid> bid(String bidId) {
        return bids.stream().filter(b -> b.bidId.equals(bidId)).findFirst();
    }

    public Optional<Bid> assignedBid() {
        return assignedBidId == null ? Optional.empty() : bid(assignedBidId);
    }
}
