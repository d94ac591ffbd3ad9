package io.comptoir.notification.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * A group buy's participants (from {@code groupbuy.participant.joined}) and the cheaper tiers it
 * reached, kept because {@code groupbuy.threshold.reached} does not name who to tell. The id is the
 * group's.
 */
@MongoEntity(collection = "notification_groups")
public class GroupMembers extends Aggregate {

    public List<String> participants = new ArrayList<>();
    public int reachedQuantity;
    public Money reachedUnitPrice;
}
