package io.comptoir.notification.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.billing.InvoiceGenerated;
import io.comptoir.events.billing.InvoiceOverdue;
import io.comptoir.events.customer.CustomerActivated;
import io.comptoir.events.customer.CustomerOnboarded;
import io.comptoir.events.customer.CustomerPromoted;
import io.comptoir.events.groupbuy.ParticipantJoined;
import io.comptoir.events.groupbuy.ThresholdReached;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.events.notification.NotificationFailed;
import io.comptoir.events.notification.NotificationSent;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.technician.MissionAssigned;
import io.comptoir.events.technician.MissionCompleted;
import io.comptoir.events.technician.MissionCreated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.notification.config.NotificationConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

/**
 * Turns domain events into messages on the channels each customer wants, in the customer's
 * language; stores each message once per trigger and channel, sends it, and retries a failed one
 * with back-off until it is sent ({@code notification.<channel>.sent}) or given up ({@code
 * notification.message.failed}).
 */
@ApplicationScoped
public class NotificationService {

    /** The template name of messages an admin sends directly. */
    public static final String DIRECT = "direct";

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    /** How long a replica owns a message it is sending; past it (a crash mid-send) another may try. */
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private static final int RETRY_BATCH = 100;

    /** A customer's preferences as the API shows them. */
    public record Preferences(
            String customerId, List<Channel> channels, boolean optedOut, String language, boolean contactKnown) {}

    /** Messages sent and failed per channel, pending, and per template by status. */
    public record Stats(
            long messages,
            long pending,
            Map<Channel, Long> sent,
            Map<Channel, Long> failed,
            Map<String, Map<MessageStatus, Long>> byTemplate) {}

    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final GroupMembersRepository groups;
    private final MissionRepository missions;
    private final Templates templates;
    private final Senders senders;
    private final NotificationConfig config;

    NotificationService(
            ContactRepository contacts,
            MessageRepository messages,
            GroupMembersRepository groups,
            MissionRepository missions,
            Templates templates,
            Senders senders,
            NotificationConfig config) {
        this.contacts = contacts;
        this.messages = messages;
        this.groups = groups;
        this.missions = missions;
        this.templates = templates;
        this.senders = senders;
        this.config = config;
    }

    // --- Triggers ------------------------------------------------------------------------

    /** Keeps the customer's contact (preferences chosen before it are kept) and welcomes them. */
    public void onOnboarded(CustomerOnboarded customer, EventEnvelope event) {
        contacts.apply(customer.customerId(), event, Contact::new, (contact, events) -> {
            contact.name = customer.name();
            contact.email = customer.email();
            contact.phone = blankToNull(customer.phone());
            if (contact.language == null
                    && customer.language() != null
                    && Templates.LANGUAGES.contains(customer.language())) {
                contact.language = customer.language();
            }
        });
        notify(customer.customerId(), "welcome", "onboarded", Map.of(), event);
    }

    public void onActivated(CustomerActivated customer, EventEnvelope event) {
        // An account may be activated again after a deactivation: each activation is its own message.
        notify(customer.customerId(), "account-activated", event.id(), Map.of(), event);
    }

    public void onPromoted(CustomerPromoted promoted, EventEnvelope event) {
        notify(promoted.customerId(), "customer-promoted", promoted.tier(), Map.of("tier", promoted.tier()), event);
    }

    public void onOrderPlaced(OrderPlaced order, EventEnvelope event) {
        notify(order.customerId(), "order-placed", order.orderId(), order(order.orderId(), order.total()), event);
    }

    public void onOrderShipped(OrderStatusChanged order, EventEnvelope event) {
        notify(order.customerId(), "order-shipped", order.orderId(), order(order.orderId(), order.total()), event);
    }

    public void onOrderDelivered(OrderStatusChanged order, EventEnvelope event) {
        notify(order.customerId(), "order-delivered", order.orderId(), order(order.orderId(), order.total()), event);
    }

    public void onOrderCancelled(OrderStatusChanged order, EventEnvelope event) {
        notify(order.customerId(), "order-cancelled", order.orderId(), order(order.orderId(), order.total()), event);
    }

    public void onPaymentCompleted(PaymentCompleted payment, EventEnvelope event) {
        notify(
                payment.customerId(),
                "payment-completed",
                payment.paymentId(),
                Map.of("orderId", payment.orderId(), "amount", payment.amount()),
                event);
    }

    public void onPaymentFailed(PaymentFailed payment, EventEnvelope event) {
        notify(
                payment.customerId(),
                "payment-failed",
                payment.paymentId(),
                Map.of("orderId", payment.orderId(), "amount", payment.amount()),
                event);
    }

    public void onInvoiceGenerated(InvoiceGenerated invoice, EventEnvelope event) {
        notify(
                invoice.customerId(),
                "invoice-generated",
                invoice.invoiceId(),
                Map.of("number", invoice.number(), "total", invoice.total(), "dueDate", invoice.dueDate()),
                event);
    }

    public void onInvoiceOverdue(InvoiceOverdue invoice, EventEnvelope event) {
        notify(
                invoice.customerId(),
                "invoice-overdue",
                invoice.invoiceId(),
                Map.of("number", invoice.number(), "amountDue", invoice.amountDue(), "dueDate", invoice.dueDate()),
                event);
    }

    public void onPointsEarned(PointsEarned points, EventEnvelope event) {
        notify(
                points.customerId(),
                "points-earned",
                points.orderId(),
                Map.of("orderId", points.orderId(), "points", points.points(), "balance", points.balance()),
                event);
    }

    public void onTierUpgraded(TierChanged tier, EventEnvelope event) {
        notify(
                tier.customerId(),
                "tier-upgraded",
                tier.tier(),
                Map.of("tier", tier.tier(), "lifetimePoints", tier.qualifyingPoints()),
                event);
    }

    /** Remembers the participant; one who joins after a cheaper tier was reached hears of it too. */
    public void onParticipantJoined(ParticipantJoined joined, EventEnvelope event) {
        groups.apply(joined.groupId(), event, GroupMembers::new, (group, events) -> {
            if (!group.participants.contains(joined.customerId())) {
                group.participants.add(joined.customerId());
            }
        });
        GroupMembers group = groups.findById(joined.groupId());
        if (group.reachedUnitPrice != null) {
            tellThreshold(group, joined.customerId(), event);
        }
    }

    public void onThresholdReached(ThresholdReached reached, EventEnvelope event) {
        groups.apply(reached.groupId(), event, GroupMembers::new, (group, events) -> {
            if (reached.minQuantity() > group.reachedQuantity) {
                group.reachedQuantity = reached.minQuantity();
                group.reachedUnitPrice = reached.unitPrice();
            }
        });
        GroupMembers group = groups.findById(reached.groupId());
        group.participants.forEach(customerId -> tellThreshold(group, customerId, event));
    }

    public void onMissionCreated(MissionCreated created, EventEnvelope event) {
        missions.apply(created.missionId(), event, Mission::new, (mission, events) -> {
            mission.customerId = created.customerId();
            mission.title = created.title();
        });
        announce(created.missionId(), event);
    }

    public void onMissionAssigned(MissionAssigned assigned, EventEnvelope event) {
        missions.apply(
                assigned.missionId(),
                event,
                Mission::new,
                (mission, events) -> mission.assignedAmount = assigned.amount());
        announce(assigned.missionId(), event);
    }

    /** A completed mission asks its customer for a review of the technician. */
    public void onMissionCompleted(MissionCompleted completed, EventEnvelope event) {
        missions.apply(completed.missionId(), event, Mission::new, (mission, events) -> {
            mission.customerId = completed.customerId();
            mission.completed = true;
        });
        announce(completed.missionId(), event);
    }

    private void tellThreshold(GroupMembers group, String customerId, EventEnvelope event) {
        notify(
                customerId,
                "group-threshold-reached",
                group.id + ":" + group.reachedQuantity,
                Map.of("minQuantity", group.reachedQuantity, "unitPrice", group.reachedUnitPrice),
                event);
    }

    /** Whatever the mission's events came in, its customer hears of it once its title is known. */
    private void announce(String missionId, EventEnvelope event) {
        Mission mission = missions.findById(missionId);
        if (mission.customerId == null || mission.title == null) {
            return;
        }
        if (mission.assignedAmount != null) {
            notify(
                    mission.customerId,
                    "mission-assigned",
                    missionId,
                    Map.of("title", mission.title, "amount", mission.assignedAmount),
                    event);
        }
        if (mission.completed) {
            notify(mission.customerId, "review-request", missionId, Map.of("title", mission.title), event);
        }
    }

    private static Map<String, Object> order(String orderId, Object total) {
        return Map.of("orderId", orderId, "total", total);
    }

    /**
     * Stores and sends {@code template} to the customer on each channel they want, once per {@code
     * key} (what the message is about) and channel. A customer this engine has no contact for is
     * not notified (logged): it cannot be addressed.
     */
    private void notify(String customerId, String template, String key, Map<String, Object> data, EventEnvelope event) {
        Contact contact = contacts.findByIdOptional(customerId).orElse(null);
        if (contact == null || contact.name == null) {
            LOG.warnf("no contact for customer %s: %s (%s) not sent", customerId, template, key);
            return;
        }
        if (contact.optedOut) {
            return;
        }
        String language = language(contact);
        Map<String, Object> values = new LinkedHashMap<>(data);
        values.put("name", contact.name);
        Templates.Rendered rendered = templates.render(template, language, values);
        for (Channel channel : channels(contact)) {
            String recipient = channel.recipient(contact);
            if (recipient == null) {
                continue;
            }
            Message message = new Message();
            message.id = String.join(":", template, customerId, key, channel.id());
            message.customerId = customerId;
            message.template = template;
            message.channel = channel;
            message.language = language;
            message.recipient = recipient;
            message.subject = channel == Channel.EMAIL || channel == Channel.PUSH ? rendered.subject() : null;
            message.body = channel == Channel.EMAIL
                    ? templates.email(language, contact.name, rendered.text(), config.signature())
                    : rendered.text();
            message.correlationId = event.correlationId();
            message.triggerEventId = event.id();
            if (store(message)) {
                deliver(message.id);
            }
        }
    }

    // --- Direct sends ----------------------------------------------------------------------

    /** An admin's message to an address, sent like any other (retries, events); no preferences apply. */
    public Message sendDirect(
            Channel channel, String customerId, String recipient, String subject, String text, Cause cause) {
        Message message = new Message();
        message.id = String.join(":", DIRECT, new ObjectId().toHexString(), channel.id());
        message.customerId = customerId;
        message.template = DIRECT;
        message.channel = channel;
        message.recipient = recipient;
        message.subject = subject;
        message.body = text;
        message.correlationId = cause.correlationId();
        store(message);
        deliver(message.id);
        return messages.findById(message.id);
    }

    // --- Sending -------------------------------------------------------------------------

    private boolean store(Message message) {
        message.status = MessageStatus.PENDING;
        message.createdAt = Instant.now();
        message.nextAttemptAt = message.createdAt;
        try {
            messages.create(message, cause(message), events -> {});
            return true;
        } catch (DuplicateAggregateException seen) {
            return false; // this trigger's message on this channel exists already
        }
    }

    /** Every message due for an attempt (first or retry), sent by whichever replica claims it; how many were tried. */
    public int retryDue() {
        List<Message> due = messages.find(
                        "status = ?1 and nextAttemptAt <= ?2", MessageStatus.PENDING.name(), Instant.now())
                .page(0, RETRY_BATCH)
                .list();
        due.forEach(message -> deliver(message.id));
        return due.size();
    }

    /** Claims the message (a versioned write: one replica wins), sends it, records the outcome. */
    private void deliver(String id) {
        Message stored = messages.findById(id);
        Instant now = Instant.now();
        if (!claimable(stored, now)) {
            return;
        }
        Cause cause = cause(stored);
        Optional<Message> claimed = messages.modify(id, cause, (message, events) -> {
                    if (!claimable(message, now)) {
                        return Optional.<Message>empty();
                    }
                    message.attempts++;
                    message.nextAttemptAt = now.plus(CLAIM);
                    return Optional.of(message);
                })
                .flatMap(m -> m);
        if (claimed.isEmpty()) {
            return;
        }
        String error = null;
        try {
            senders.send(claimed.get());
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("%s on %s failed (attempt %d): %s", id, stored.channel, claimed.get().attempts, error);
        }
        String failure = error;
        messages.modify(id, cause, (message, events) -> {
            if (message.status != MessageStatus.PENDING) {
                return message;
            }
            Instant at = Instant.now();
            String key = message.customerId != null ? message.customerId : message.id;
            if (failure == null) {
                message.status = MessageStatus.SENT;
                message.sentAt = at;
                message.lastError = null;
                events.add(
                        message.channel.sentTopic(),
                        key,
                        new NotificationSent(
                                message.id,
                                message.customerId,
                                message.channel.id(),
                                message.template,
                                message.recipient,
                                at));
            } else if (message.attempts >= config.maxAttempts()) {
                message.status = MessageStatus.FAILED;
                message.lastError = failure;
                events.add(
                        Topic.NOTIFICATION_MESSAGE_FAILED,
                        key,
                        new NotificationFailed(
                                message.id,
                                message.customerId,
                                message.channel.id(),
                                message.template,
                                failure,
                                message.attempts));
            } else {
                message.lastError = failure;
                message.nextAttemptAt = at.plus(backoff(message.attempts));
            }
            return message;
        });
    }

    private static boolean claimable(Message message, Instant now) {
        return message != null && message.status == MessageStatus.PENDING && !message.nextAttemptAt.isAfter(now);
    }

    /** The wait after attempt {@code attempts}: the first retry's, doubled for each attempt since. */
    private Duration backoff(int attempts) {
        return config.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
    }

    private static Cause cause(Message message) {
        return new Cause(message.correlationId, message.triggerEventId, null);
    }

    // --- Preferences ---------------------------------------------------------------------

    public Preferences preferences(String customerId) {
        return preferences(customerId, contacts.findByIdOptional(customerId).orElse(null));
    }

    /** Sets the customer's channels, opt-out and language; kept when the contact itself arrives later. */
    public Preferences setPreferences(
            String customerId, List<Channel> channels, boolean optedOut, String language, Cause cause) {
        Contact contact = contacts.upsert(customerId, cause, Contact::new, (c, events) -> {
            c.channels = List.copyOf(channels);
            c.optedOut = optedOut;
            if (language != null) {
                c.language = language;
            }
        });
        return preferences(customerId, contact);
    }

    private Preferences preferences(String customerId, Contact contact) {
        if (contact == null) {
            return new Preferences(
                    customerId, List.copyOf(config.defaultChannels()), false, config.defaultLanguage(), false);
        }
        return new Preferences(
                customerId, channels(contact), contact.optedOut, language(contact), contact.name != null);
    }

    private List<Channel> channels(Contact contact) {
        List<Channel> chosen = contact.channels != null ? contact.channels : new ArrayList<>(config.defaultChannels());
        return chosen.stream().distinct().sorted().toList();
    }

    private String language(Contact contact) {
        return contact.language != null ? contact.language : config.defaultLanguage();
    }

    // --- Queries -------------------------------------------------------------------------

    public Message message(String id) {
        return messages.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no message " + id));
    }

    /** Newest first; each filter only when given. */
    public PageResponse<Message> list(
            String customerId, String template, MessageStatus status, Channel channel, PageRequest paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (customerId != null) {
            params.put("customerId", customerId);
        }
        if (template != null) {
            params.put("template", template);
        }
        if (status != null) {
            params.put("status", status.name());
        }
        if (channel != null) {
            params.put("channel", channel.name());
        }
        String query = String.join(
                " and ", params.keySet().stream().map(k -> k + " = :" + k).toList());
        Sort newest = Sort.by("createdAt", Sort.Direction.Descending).and("_id");
        var found = params.isEmpty() ? messages.findAll(newest) : messages.find(query, newest, params);
        return paging.of(found);
    }

    public Stats stats() {
        Map<Channel, Long> sent = new EnumMap<>(Channel.class);
        Map<Channel, Long> failed = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            sent.put(channel, 0L);
            failed.put(channel, 0L);
        }
        Map<String, Map<MessageStatus, Long>> byTemplate = new TreeMap<>();
        long all = 0;
        long pending = 0;
        for (Document group : messages.mongoCollection()
                .aggregate(
                        List.of(new Document(
                                "$group",
                                new Document(
                                                "_id",
                                                new Document("template", "$template")
                                                        .append("channel", "$channel")
                                                        .append("status", "$status"))
                                        .append("count", new Document("$sum", 1)))),
                        Document.class)) {
            Document id = group.get("_id", Document.class);
            Channel channel = Channel.valueOf(id.getString("channel"));
            MessageStatus status = MessageStatus.valueOf(id.getString("status"));
            long count = group.get("count", Number.class).longValue();
            all += count;
            switch (status) {
                case SENT -> sent.merge(channel, count, Long::sum);
                case FAILED -> failed.merge(channel, count, Long::sum);
                case PENDING -> pending += count;
            }
            byTemplate
                    .computeIfAbsent(id.getString("template"), t -> new EnumMap<>(MessageStatus.class))
                    .merge(status, count, Long::sum);
        }
        return new Stats(all, pending, sent, failed, byTemplate);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
