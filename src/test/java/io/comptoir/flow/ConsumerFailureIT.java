package io.comptoir.flow;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConsumerFailureTest} against the packaged application (the jar here, the native executable where one is built). */
@QuarkusIntegrationTest
class ConsumerFailureIT extends ConsumerFailureTest {}
