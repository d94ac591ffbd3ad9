package io.comptoir.flow;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BadInputTest} against the packaged application (the jar here, the native executable where one is built). */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {}
