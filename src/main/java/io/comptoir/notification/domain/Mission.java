package io.comptoir.notification.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * What this engine knows of a technician mission: its customer and title (from {@code
 * technician.mission.created}, as {@code technician.mission.assigned} names neither) and whether it
 * was assigned or completed, in whichever order the events came. The id is the mission's.
 */
@MongoEntity(collection = "notification_missions")
public class Mission extends Aggregate {

    public String customerId;
    public String title;
    public Money assignedAmount;
    public boolean completed;
}
