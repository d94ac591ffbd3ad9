package io.comptoir.flow;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SeedFourScenarioTest} against the packaged application. */
@QuarkusIntegrationTest
class SeedFourScenarioIT extends SeedFourScenarioTest {}
