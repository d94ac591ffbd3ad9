/**
 * The event contract: the topic registry ({@link io.comptoir.events.Topic}), the engines and one
 * payload record per topic, grouped by domain.
 *
 * <p>Every payload record, and every record or enum inside one, carries {@code
 * @RegisterForReflection}: Jackson writes them in the outbox and reads them in the inbox through
 * {@code ObjectMapper}, never through a REST method signature, so Quarkus cannot discover them and a
 * native executable would otherwise lack their constructors and accessors. {@code
 * NativeReflectionTest} checks that none is missing.
 */
package io.comptoir.events;
