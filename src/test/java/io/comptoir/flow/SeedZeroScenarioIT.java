package io.comptoir.flow;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SeedZeroScenarioTest} against the packaged application. */
@QuarkusIntegrationTest
class SeedZeroScenarioIT extends SeedZeroScenarioTest {}
