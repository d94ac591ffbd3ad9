package io.comptoir.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the real broker and wire server for every Quarkus test of the suite. */
@WithTestResource(value = ComptoirInfra.class, scope = TestResourceScope.GLOBAL)
public final class InfraRegistration {

    private InfraRegistration() {}
}
