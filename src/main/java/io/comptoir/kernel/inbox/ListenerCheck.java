package io.comptoir.kernel.inbox;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.engine.Engines;
import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses to start when consumption and the topic registry disagree: every running engine that the
 * registry lets consume topics must have exactly one listener handling exactly those topics (a
 * handler outside the grants already fails when it is declared).
 */
@ApplicationScoped
class ListenerCheck {

    void check(@Observes StartupEvent event, @All List<EventListener> listeners, Engines engines) {
        for (Engine engine : engines.enabled()) {
            Set<Topic> granted = Topic.consumedBy(engine);
            List<EventHandlers> mine = listeners.stream()
                    .map(EventListener::handlers)
                    .filter(h -> h.engine() == engine)
                    .toList();
            if (granted.isEmpty() && mine.isEmpty()) {
                continue;
            }
            if (mine.size() != 1 || !mine.getFirst().topics().equals(granted)) {
                throw new IllegalStateException(engine.id() + " must handle exactly the topics the registry grants it: "
                        + granted.stream().map(Topic::id).sorted().collect(Collectors.joining(", "))
                        + "; its listeners handle "
                        + mine.stream()
                                .flatMap(h -> h.topics().stream())
                                .map(Topic::id)
                                .sorted()
                                .collect(Collectors.joining(", ")));
            }
        }
    }
}
