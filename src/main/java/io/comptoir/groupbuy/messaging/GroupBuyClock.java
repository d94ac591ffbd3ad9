package io.comptoir.groupbuy.messaging;

import io.comptoir.events.Engine;
import io.comptoir.groupbuy.config.GroupBuyConfig;
import io.comptoir.groupbuy.domain.GroupBuyService;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.kernel.events.Cause;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Closes or expires group buys at their deadline, every {@code comptoir.groupbuy.close-check-every}. */
@ApplicationScoped
public class GroupBuyClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, GroupBuyConfig config, GroupBuyService groups) {
        jobs.every(
                Engine.GROUPBUY, "deadlines", config.closeCheckEvery(), () -> groups.endDueGroups(Cause.scheduled()));
    }
}
