package io.comptoir.technician.domain;

import com.mongodb.client.model.Filters;
import io.comptoir.events.Topic;
import io.comptoir.events.technician.BidPlaced;
import io.comptoir.events.technician.MissionAssigned;
import io.comptoir.events.technician.MissionCompleted;
import io.comptoir.events.technician.MissionCreated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;

/**
 * The technician marketplace: customers post missions, technicians bid, the customer assigns one
 * bid (billing quotes it), the technician completes the mission (billing invoices it, the customer
 * is asked for a review). Who may do what is the caller's to check; the order of things is checked
 * here, inside each versioned write.
 */
@ApplicationScoped
public class MissionService {

    public record MissionStats(Map<MissionStatus, Long> missions, long bids, Map<String, Long> completedValue) {}

    private final MissionRepository missions;

    MissionService(MissionRepository missions) {
        this.missions = missions;
    }

    public Mission create(Mission mission, Cause cause) {
        mission.status = MissionStatus.OPEN;
        mission.createdAt = Instant.now();
        return missions.create(
                mission,
                cause,
                events -> events.add(
                        Topic.TECHNICIAN_MISSION_CREATED,
                        mission.id,
                        new MissionCreated(
                                mission.id,
                                mission.customerId,
                                mission.title,
                                mission.description,
                                mission.budget,
                                mission.location)));
    }

    /** A technician's bid on an open mission; 409 when it is not open or they bid already. */
    public Mission.Bid bid(String missionId, String technicianId, Money amount, String message, Cause cause) {
        return change(missionId, cause, (mission, events) -> {
            if (mission.status != MissionStatus.OPEN) {
                throw new ConflictException("mission " + missionId + " is " + mission.status + ": it takes no bids");
            }
            if (mission.bids.stream().anyMatch(b -> b.technicianId.equals(technicianId))) {
                throw new ConflictException("you have bid on mission " + missionId + " already");
            }
            if (mission.budget != null && !mission.budget.currency().equals(amount.currency())) {
                throw new UnprocessableException(
                        "a bid is in the mission's currency",
                        List.of(new Problem.FieldError("amount", "must be in " + mission.budget.currency())));
            }
            Mission.Bid bid = new Mission.Bid();
            bid.bidId = new ObjectId().toHexString();
            bid.technicianId = technicianId;
            bid.amount = amount;
            bid.message = message;
            bid.placedAt = Instant.now();
            mission.bids.add(bid);
            events.add(
                    Topic.TECHNICIAN_BID_PLACED,
                    mission.id,
                    new BidPlaced(mission.id, bid.bidId, technicianId, amount, message));
            return bid;
        });
    }

    /** Its customer chooses a bid; 409 once the mission is assigned (to this bid or another). */
    public Mission assign(String missionId, String customerId, String bidId, Cause cause) {
        return change(missionId, cause, (mission, events) -> {
            if (!mission.customerId.equals(customerId)) {
                throw new NotFoundException("no mission " + missionId);
            }
            if (mission.status != MissionStatus.OPEN) {
                throw new ConflictException("mission " + missionId + " is " + mission.status + " already");
            }
            Mission.Bid bid = mission.bid(bidId)
                    .orElseThrow(() -> new UnprocessableException(
                            "no such bid on this mission",
                            List.of(new Problem.FieldError("bidId", "is not a bid on mission " + missionId))));
            mission.status = MissionStatus.ASSIGNED;
            mission.assignedBidId = bid.bidId;
            mission.price = bid.amount;
            mission.assignedAt = Instant.now();
            events.add(
                    Topic.TECHNICIAN_MISSION_ASSIGNED,
                    mission.id,
                    new MissionAssigned(
                            mission.id, mission.customerId, mission.title, bid.technicianId, bid.bidId, bid.amount));
            return mission;
        });
    }

    /**
     * The assigned technician completes the mission; 403 for another technician, 409 when it is not
     * assigned (or completed already).
     */
    public Mission complete(String missionId, String technicianId, Cause cause) {
        return change(missionId, cause, (mission, events) -> {
            if (mission.status == MissionStatus.OPEN) {
                throw new ConflictException("mission " + missionId + " is not assigned yet");
            }
            Mission.Bid bid = mission.assignedBid().orElseThrow();
            if (!bid.technicianId.equals(technicianId)) {
                throw new ForbiddenException("mission " + missionId + " is not assigned to you");
            }
            if (mission.status == MissionStatus.COMPLETED) {
                throw new ConflictException("mission " + missionId + " was completed at " + mission.completedAt);
            }
            mission.status = MissionStatus.COMPLETED;
            mission.completedAt = Instant.now();
            events.add(
                    Topic.TECHNICIAN_MISSION_COMPLETED,
                    mission.id,
                    new MissionCompleted(
                            mission.id,
                            bid.technicianId,
                            mission.customerId,
                            mission.title,
                            bid.bidId,
                            bid.amount,
                            mission.completedAt));
            return mission;
        });
    }

    public Optional<Mission> find(String id) {
        return missions.findByIdOptional(id);
    }

    /** Missions, newest first, of one customer when given, by status when given. */
    public PageResponse<Mission> list(String customerId, MissionStatus status, PageRequest paging) {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (customerId != null) {
            filter.put("customerId", customerId);
        }
        if (status != null) {
            filter.put("status", status.name());
        }
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("_id");
        String query = String.join(
                " and ", filter.keySet().stream().map(k -> k + " = :" + k).toList());
        return paging.of(filter.isEmpty() ? missions.findAll(newestFirst) : missions.find(query, newestFirst, filter));
    }

    public MissionStats stats() {
        Map<MissionStatus, Long> byStatus = new LinkedHashMap<>();
        for (MissionStatus status : MissionStatus.values()) {
            byStatus.put(status, missions.count("status", status.name()));
        }
        Map<String, Long> completed =
                missions.sumByCurrency("price", Filters.eq("status", MissionStatus.COMPLETED.name()));
        return new MissionStats(byStatus, missions.sumOfSizes("bids"), completed);
    }

    private <R> R change(String missionId, Cause cause, BiFunction<Mission, EventBuffer, R> change) {
        return missions.modify(missionId, cause, change)
                .orElseThrow(() -> new NotFoundException("no mission " + missionId));
    }
}
