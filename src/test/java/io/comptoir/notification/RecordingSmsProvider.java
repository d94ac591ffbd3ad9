package io.comptoir.notification;

import io.comptoir.notification.provider.SmsProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' SMS gateway (it replaces the logging default): records every text, and refuses those
 * to the numbers a test marks as failing, as an unreachable gateway would.
 */
@Singleton
public class RecordingSmsProvider implements SmsProvider {

    /** A text handed to the gateway. */
    public record Sms(String phone, String text) {}

    static final List<Sms> SENT = new CopyOnWriteArrayList<>();
    static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    @Override
    public void sendSms(String phone, String text) {
        if (FAILING.contains(phone)) {
            throw new IllegalStateException("SMS gateway unreachable");
        }
        SENT.add(new Sms(phone, text));
    }

    static List<String> textsTo(String phone) {
        return SENT.stream().filter(s -> s.phone().equals(phone)).map(Sms::text).toList();
    }
}
