package io.comptoir.groupbuy.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.groupbuy.GroupClosed;
import io.comptoir.events.groupbuy.GroupCreated;
import io.comptoir.events.groupbuy.GroupExpired;
import io.comptoir.events.groupbuy.ParticipantJoined;
import io.comptoir.events.groupbuy.ThresholdReached;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Group buys: admins open them, customers join with a quantity until the deadline, each tier is
 * announced the first time the group's total reaches it, and a job closes each group at its
 * deadline — orders for every member at the tier reached — or expires it. Every change is one
 * versioned write of the group, which is what makes concurrent joins and several replicas safe.
 */
@ApplicationScoped
public class GroupBuyService {

    public record GroupBuyStats(Map<GroupStatus, Long> groups, long participants, long quantity) {}

    private final GroupBuyRepository groups;

    GroupBuyService(GroupBuyRepository groups) {
        this.groups = groups;
    }

    /** Opens a group (its tiers and deadline checked by the caller). */
    public GroupBuy create(GroupBuy group, Cause cause) {
        group.status = GroupStatus.OPEN;
        group.createdAt = Instant.now();
        return groups.create(
                group,
                cause,
                events -> events.add(
                        Topic.GROUPBUY_GROUP_CREATED,
                        group.id,
                        new GroupCreated(
                                group.id,
                                group.productId,
                                group.sku,
                                group.tiers.stream()
                                        .map(t -> new GroupCreated.Tier(t.minQuantity, t.unitPrice))
                                        .toList(),
                                group.deadline)));
    }

    /**
     * Makes {@code customerId} a member for {@code quantity} units, or raises their quantity; 409
     * from the deadline on, or when it would lower it (the others counted on it to reach a tier).
     * Asking again for what one holds changes nothing.
     */
    public GroupBuy join(String groupId, String customerId, int quantity, String paymentMethod, Cause cause) {
        return groups.modify(groupId, cause, (group, events) -> {
                    Instant now = Instant.now();
                    if (group.status != GroupStatus.OPEN || !now.isBefore(group.deadline)) {
                        throw new ConflictException(
                                "group buy " + groupId + " took its last join at its deadline " + group.deadline);
                    }
                    GroupBuy.Participant member = group.participant(customerId).orElse(null);
                    if (member != null && quantity < member.quantity) {
                        throw new ConflictException("a member may raise their quantity, not lower it: you hold "
                                + member.quantity + " units");
                    }
                    if (member != null && quantity == member.quantity && paymentMethod.equals(member.paymentMethod)) {
                        return group;
                    }
                    if (member == null) {
                        member = new GroupBuy.Participant();
                        member.customerId = customerId;
                        member.joinedAt = now;
                        group.participants.add(member);
                    }
                    group.totalQuantity += quantity - member.quantity;
                    member.quantity = quantity;
                    member.paymentMethod = paymentMethod;
                    member.updatedAt = now;
                    events.add(
                            Topic.GROUPBUY_PARTICIPANT_JOINED,
                            group.id,
                            new ParticipantJoined(group.id, customerId, quantity, group.totalQuantity));
                    announceTiers(group, events);
                    return group;
                })
                .orElseThrow(() -> new NotFoundException("no group buy " + groupId));
    }

    /**
     * Closes or expires the open groups whose deadline has come. Safe on several replicas: each
     * end is a versioned write, so the replica that loses the race finds the group ended and
     * announces nothing.
     */
    public int endDueGroups(Cause cause) {
        Instant now = Instant.now();
        return groups.modifyEach(groups.due(now), cause, (group, events) -> end(group, now, events));
    }

    public Optional<GroupBuy> find(String id) {
        return groups.findByIdOptional(id);
    }

    public PageResponse<GroupBuy> list(GroupStatus status, String productId, PageRequest paging) {
        Sort soonestFirst = Sort.by("deadline").and("_id");
        Map<String, Object> filter = new LinkedHashMap<>();
        if (status != null) {
            filter.put("status", status.name());
        }
        if (productId != null) {
            filter.put("productId", productId);
        }
        String query = String.join(
                " and ", filter.keySet().stream().map(k -> k + " = :" + k).toList());
        return paging.of(filter.isEmpty() ? groups.findAll(soonestFirst) : groups.find(query, soonestFirst, filter));
    }

    public GroupBuyStats stats() {
        Map<GroupStatus, Long> byStatus = new LinkedHashMap<>();
        for (GroupStatus status : GroupStatus.values()) {
            byStatus.put(status, groups.count("status", status.name()));
        }
        return new GroupBuyStats(
                byStatus,
                groups.sumOfSizes("participants"),
                groups.sum("totalQuantity").get("totalQuantity"));
    }

    /** Announces every tier the total reached since the last announcement, cheapest last. */
    private static void announceTiers(GroupBuy group, EventBuffer events) {
        for (GroupBuy.Tier tier : group.tiers) {
            if (tier.minQuantity > group.reachedMinQuantity && tier.minQuantity <= group.totalQuantity) {
                group.reachedMinQuantity = tier.minQuantity;
                events.add(
                        Topic.GROUPBUY_THRESHOLD_REACHED,
                        group.id,
                        new ThresholdReached(
                                group.id,
                                group.productId,
                                group.sku,
                                tier.minQuantity,
                                tier.unitPrice,
                                group.totalQuantity));
            }
        }
    }

    /** Closes the group at the tier reached, or expires it; false when it has ended already. */
    private static boolean end(GroupBuy group, Instant now, EventBuffer events) {
        if (group.status != GroupStatus.OPEN || now.isBefore(group.deadline)) {
            return false;
        }
        group.endedAt = now;
        Optional<GroupBuy.Tier> tier = group.reachedTier();
        if (tier.isEmpty()) {
            group.status = GroupStatus.EXPIRED;
            events.add(
                    Topic.GROUPBUY_GROUP_EXPIRED,
                    group.id,
                    new GroupExpired(group.id, group.productId, group.totalQuantity, group.participants.size(), now));
            return true;
        }
        group.status = GroupStatus.CLOSED;
        List<GroupClosed.Participant> orders = group.participants.stream()
                .map(p -> new GroupClosed.Participant(
                        p.customerId, p.quantity, p.paymentMethod, group.orderId(p.customerId)))
                .toList();
        events.add(
                Topic.GROUPBUY_GROUP_CLOSED,
                group.id,
                new GroupClosed(
                        group.id,
                        group.productId,
                        group.sku,
                        tier.get().minQuantity,
                        tier.get().unitPrice,
                        group.totalQuantity,
                        orders,
                        now));
        return true;
    }
}
