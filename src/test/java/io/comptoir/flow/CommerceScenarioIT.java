package io.comptoir.flow;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The commerce scenario against the packaged application. */
@QuarkusIntegrationTest
class CommerceScenarioIT extends CommerceScenarioTest {}
