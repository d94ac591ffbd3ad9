package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.events.Topic;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A native executable only has the reflection it was told about. Event payloads are (de)serialized
 * by Jackson outside any REST signature, so each payload type of the registry, and every record
 * and enum reachable from one, must be registered (see the {@code io.comptoir.events} package).
 */
class NativeReflectionTest {

    @Test
    void everyEventPayloadTypeIsRegisteredForReflection() {
        Set<Class<?>> types = new LinkedHashSet<>();
        Arrays.stream(Topic.values()).forEach(topic -> collect(topic.payloadType(), types));
        assertThat(types).hasSizeGreaterThan(Topic.values().length / 2);
        assertThat(types)
                .filteredOn(type -> !type.isAnnotationPresent(RegisterForReflection.class))
                .as("payload types without @RegisterForReflection")
                .isEmpty();
    }

    /** The type and the records and enums its components use, through lists, sets and maps. */
    private static void collect(Type type, Set<Class<?>> types) {
        if (type instanceof ParameterizedType generic) {
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> collect(argument, types));
            return;
        }
        if (!(type instanceof Class<?> cls) || !(cls.isRecord() || cls.isEnum()) || !types.add(cls)) {
            return;
        }
        if (cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                collect(component.getGenericType(), types);
            }
        }
    }
}
