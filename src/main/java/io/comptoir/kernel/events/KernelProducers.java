package io.comptoir.kernel.events;

import io.comptoir.kernel.config.ComptoirConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Beans derived from the kernel configuration. */
@ApplicationScoped
public class KernelProducers {

    @Produces
    @Singleton
    TopicNames topicNames(ComptoirConfig config) {
        return new TopicNames(
                config.kafka().topicPrefix().orElse(""), config.kafka().groupPrefix());
    }
}
