package io.comptoir.kernel;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ObservabilityTest} against the packaged application (the jar here, the native executable where one is built). */
@QuarkusIntegrationTest
class ObservabilityIT extends ObservabilityTest {}
