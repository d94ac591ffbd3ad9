package io.comptoir.kernel.engine;

import io.comptoir.events.Engine;
import io.comptoir.kernel.config.ComptoirConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which engines run in this process ({@code comptoir.engines}); unknown names fail the start. */
@ApplicationScoped
public class Engines {

    private final Set<Engine> enabled;

    Engines(ComptoirConfig config) {
        Set<String> ids = config.engines();
        if (ids.contains("all")) {
            enabled = EnumSet.allOf(Engine.class);
        } else {
            enabled = EnumSet.noneOf(Engine.class);
            for (String id : ids) {
                enabled.add(Engine.fromId(id.trim())
                        .orElseThrow(() -> new IllegalArgumentException("comptoir.engines: unknown engine '" + id
                                + "', expected all or some of "
                                + Arrays.stream(Engine.values()).map(Engine::id).collect(Collectors.joining(",")))));
            }
        }
    }

    public boolean isEnabled(Engine engine) {
        return enabled.contains(engine);
    }

    public Set<Engine> enabled() {
        return EnumSet.copyOf(enabled);
    }
}
