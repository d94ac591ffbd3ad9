package io.comptoir.flow;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SliceFlowTest} against the packaged application (the jar here, the native executable where one is built). */
@QuarkusIntegrationTest
class SliceFlowIT extends SliceFlowTest {}
