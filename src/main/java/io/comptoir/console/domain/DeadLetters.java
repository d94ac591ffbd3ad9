package io.comptoir.console.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.console.config.ConsoleConfig;
import io.comptoir.console.kafka.ConsoleKafka;
import io.comptoir.console.kafka.RecordReader;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.TopicNames;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.InvalidParameterException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.UnavailableException;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * The records the engines could not process, read from their dead-letter topics with the reason
 * SmallRye's dead-letter queue put in the headers, and the admins' decisions on them: replay (the
 * original record, CloudEvents headers included, back on its topic, addressed to the engine that
 * failed, which tries again, while the others pass it by) or discard with a reason. One decision
 * per dead letter, audited.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** What SmallRye's {@link KafkaDeadLetterQueue} headers have in common: none goes back with a replay. */
    static final String HEADER_PREFIX = "dead-letter-";

    /** A dead letter and what was decided of it. */
    public record DeadLetter(
            String id,
            String engine,
            String topic,
            Integer partition,
            Long offset,
            String deadLetterTopic,
            int deadLetterPartition,
            long deadLetterOffset,
            String key,
            String eventId,
            String type,
            String reason,
            String cause,
            Instant timestamp,
            JsonNode data,
            DeadLetterDecision.Status status,
            String decidedBy,
            Instant decidedAt,
            String note) {

        DeadLetter decided(DeadLetterDecision decision) {
            return decision == null
                    ? this
                    : new DeadLetter(
                            id,
                            engine,
                            topic,
                            partition,
                            offset,
                            deadLetterTopic,
                            deadLetterPartition,
                            deadLetterOffset,
                            key,
                            eventId,
                            type,
                            reason,
                            cause,
                            timestamp,
                            data,
                            decision.status,
                            decision.decidedBy,
                            decision.decidedAt,
                            decision.note);
        }
    }

    /** Dead letters listed, how many, and how many of that status each engine has. */
    public record DeadLetterList(List<DeadLetter> items, int total, Map<String, Long> byEngine) {}

    /** A dead-letter record and its view. */
    private record Letter(ConsumerRecord<String, byte[]> record, DeadLetter view) {}

    private final RecordReader reader;
    private final ConsoleKafka kafka;
    private final DeadLetterDecisions decisions;
    private final AuditTrail audit;
    private final TopicNames names;
    private final ConsoleConfig config;
    private final ObjectMapper json;
    private final Map<String, Engine> engineOfTopic;

    DeadLetters(
            RecordReader reader,
            ConsoleKafka kafka,
            DeadLetterDecisions decisions,
            AuditTrail audit,
            TopicNames names,
            ConsoleConfig config,
            ObjectMapper json) {
        this.reader = reader;
        this.kafka = kafka;
        this.decisions = decisions;
        this.audit = audit;
        this.names = names;
        this.config = config;
        this.json = json;
        this.engineOfTopic =
                Arrays.stream(Engine.values()).collect(Collectors.toMap(names::deadLetter, Function.identity()));
    }

    /** Dead letters of one engine or all, of one status or all, newest first. */
    public DeadLetterList list(String engineId, String statusName) {
        Optional<Engine> engine = engine(engineId);
        Optional<DeadLetterDecision.Status> status = status(statusName);
        List<DeadLetter> all = letters().stream()
                .map(Letter::view)
                .filter(d -> status.map(s -> s == d.status()).orElse(true))
                .toList();
        Map<String, Long> byEngine =
                all.stream().collect(Collectors.groupingBy(DeadLetter::engine, TreeMap::new, Collectors.counting()));
        List<DeadLetter> items = all.stream()
                .filter(d -> engine.map(e -> e.id().equals(d.engine())).orElse(true))
                .toList();
        return new DeadLetterList(items, items.size(), byEngine);
    }

    /** Puts a dead letter back on its original topic, once. */
    public DeadLetter replay(String id, String actor) {
        Letter letter = find(id);
        try (KafkaProducer<String, byte[]> producer = kafka.producer()) {
            return replay(letter, actor, producer);
        }
    }

    /** Replays every pending dead letter of one engine, or of all; returns how many were replayed. */
    public int replayAll(String engineId, String actor) {
        Optional<Engine> engine = engine(engineId);
        List<Letter> pending = letters().stream()
                .filter(l -> l.view().status() == DeadLetterDecision.Status.PENDING)
                .filter(l -> engine.map(e -> e.id().equals(l.view().engine())).orElse(true))
                .sorted(Comparator.comparing(l -> l.view().timestamp()))
                .toList();
        int replayed = 0;
        try (KafkaProducer<String, byte[]> producer = kafka.producer()) {
            for (Letter letter : pending) {
                try {
                    replay(letter, actor, producer);
                    replayed++;
                } catch (ConflictException e) {
                    LOG.debugf("not replaying %s: %s", letter.view().id(), e.getMessage());
                }
            }
        }
        return replayed;
    }

    /** Sets a dead letter aside for good, with the reason. */
    public DeadLetter discard(String id, String reason, String actor) {
        DeadLetter letter = find(id).view();
        DeadLetterDecision decision = decide(letter, DeadLetterDecision.Status.DISCARDED, actor, reason);
        audit.record(actor, AuditEntry.Action.DEAD_LETTER_DISCARDED, letter.id(), reason);
        return letter.decided(decision);
    }

    private DeadLetter replay(Letter letter, String actor, KafkaProducer<String, byte[]> producer) {
        DeadLetter view = letter.view();
        String original = EventView.header(letter.record().headers(), KafkaDeadLetterQueue.DEAD_LETTER_TOPIC);
        if (original == null || names.fromKafka(original).isEmpty()) {
            throw new ConflictException(
                    "dead letter " + view.id() + " does not name a registered original topic: " + original);
        }
        DeadLetterDecision decision = decide(view, DeadLetterDecision.Status.REPLAYED, actor, null);
        RecordHeaders headers = new RecordHeaders();
        letter.record().headers().forEach(h -> {
            if (!h.key().startsWith(HEADER_PREFIX) && !h.key().equals(Inbox.REPLAY_FOR)) {
                headers.add(h);
            }
        });
        headers.add(Inbox.REPLAY_FOR, view.engine().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(new ProducerRecord<>(
                            original,
                            null,
                            letter.record().key(),
                            letter.record().value(),
                            headers))
                    .get(kafka.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            decisions.withdraw(view.id());
            throw new UnavailableException("dead letter " + view.id() + " could not be replayed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            decisions.withdraw(view.id());
            throw new UnavailableException("interrupted while replaying " + view.id());
        }
        audit.record(
                actor,
                AuditEntry.Action.DEAD_LETTER_REPLAYED,
                view.id(),
                "event " + view.eventId() + " (" + view.type() + ") back on " + original);
        return view.decided(decision);
    }

    /** Records a decision, or says who decided first. */
    private DeadLetterDecision decide(DeadLetter letter, DeadLetterDecision.Status status, String actor, String note) {
        DeadLetterDecision decision = new DeadLetterDecision();
        decision.id = letter.id();
        decision.status = status;
        decision.engine = letter.engine();
        decision.topic = letter.topic();
        decision.eventId = letter.eventId();
        decision.decidedBy = actor;
        decision.decidedAt = Instant.now();
        decision.note = note;
        if (!decisions.take(decision)) {
            DeadLetterDecision taken = decisions.findById(letter.id());
            throw new ConflictException("dead letter " + letter.id() + " was already "
                    + (taken == null
                            ? "decided"
                            : taken.status.name() + " by " + taken.decidedBy + " at " + taken.decidedAt));
        }
        return decision;
    }

    private List<Letter> letters() {
        List<ConsumerRecord<String, byte[]>> records = reader.tail(
                        engineOfTopic.keySet(), config.deadLetterLookback(), r -> true)
                .records();
        List<Letter> letters = records.stream().map(r -> new Letter(r, view(r))).toList();
        Map<String, DeadLetterDecision> taken =
                decisions.byId(letters.stream().map(l -> l.view().id()).toList());
        return letters.stream()
                .map(l -> new Letter(
                        l.record(), l.view().decided(taken.get(l.view().id()))))
                .sorted(Comparator.comparing((Letter l) -> l.view().timestamp())
                        .reversed()
                        .thenComparing(l -> l.view().id()))
                .toList();
    }

    /** The dead letter {@code <dead-letter topic>-<partition>-<offset>}, with its decision. */
    private Letter find(String id) {
        int lastDash = id.lastIndexOf('-');
        int dash = lastDash <= 0 ? -1 : id.lastIndexOf('-', lastDash - 1);
        NotFoundException missing = new NotFoundException("no dead letter " + id);
        if (dash <= 0 || !engineOfTopic.containsKey(id.substring(0, dash))) {
            throw missing;
        }
        int partition;
        long offset;
        try {
            partition = Integer.parseInt(id.substring(dash + 1, lastDash));
            offset = Long.parseLong(id.substring(lastDash + 1));
        } catch (NumberFormatException e) {
            throw missing;
        }
        ConsumerRecord<String, byte[]> record =
                reader.one(id.substring(0, dash), partition, offset).orElseThrow(() -> missing);
        DeadLetter view = view(record);
        return new Letter(record, view.decided(decisions.findById(view.id())));
    }

    private DeadLetter view(ConsumerRecord<String, byte[]> record) {
        var headers = record.headers();
        String original = EventView.header(headers, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC);
        return new DeadLetter(
                record.topic() + "-" + record.partition() + "-" + record.offset(),
                engineOfTopic.get(record.topic()).id(),
                original == null
                        ? null
                        : names.fromKafka(original).map(Topic::id).orElse(original),
                integer(EventView.header(headers, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION)),
                number(EventView.header(headers, KafkaDeadLetterQueue.DEAD_LETTER_OFFSET)),
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                EventView.header(headers, CloudEventHeaders.ID),
                EventView.header(headers, CloudEventHeaders.TYPE),
                EventView.header(headers, KafkaDeadLetterQueue.DEAD_LETTER_REASON),
                EventView.header(headers, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE),
                Instant.ofEpochMilli(record.timestamp()),
                EventView.data(record.value(), json),
                DeadLetterDecision.Status.PENDING,
                null,
                null,
                null);
    }

    private static Optional<Engine> engine(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Engine.fromId(id)
                .orElseThrow(() -> new InvalidParameterException("engine", "unknown engine '" + id + "'")));
    }

    private static Optional<DeadLetterDecision.Status> status(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(DeadLetterDecision.Status.values())
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst()
                .map(Optional::of)
                .orElseThrow(() -> new InvalidParameterException(
                        "status", "must be one of " + Arrays.toString(DeadLetterDecision.Status.values())));
    }

    private static Integer integer(String raw) {
        Long value = number(raw);
        return value == null ? null : value.intValue();
    }

    private static Long number(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
