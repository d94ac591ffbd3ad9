package io.comptoir.notification.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.List;

/**
 * This engine's copy of a customer's contact (from {@code customer.customer.onboarded}) and the
 * customer's own preferences: the channels wanted (none chosen: the configured default) and a
 * global opt-out. The id is the customer's.
 */
@MongoEntity(collection = "notification_contacts")
public class Contact extends Aggregate {

    public String name;
    public String email;
    public String phone;
    public String language;
    public List<Channel> channels;
    public boolean optedOut;
}
