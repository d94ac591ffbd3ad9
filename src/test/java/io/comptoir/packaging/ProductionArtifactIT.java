package io.comptoir.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.testing.PackagedArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after packaging: the production artifact (the fast jar, or the native executable's input)
 * holds none of the embedded servers that dev mode and the tests use, neither their libraries nor
 * Comptoir's dev-only classes.
 */
class ProductionArtifactIT {

    private final PackagedArtifact artifact = PackagedArtifact.current();

    @Test
    void noEmbeddedServerLibraries() throws IOException {
        try (Stream<Path> libs = Files.list(artifact.libraries())) {
            List<String> names = libs.map(p -> p.getFileName().toString()).toList();
            assertThat(names).isNotEmpty().anyMatch(n -> n.startsWith("org.apache.kafka.kafka-clients"));
            assertThat(names)
                    .noneMatch(n -> n.startsWith("org.apache.kafka.kafka_2.13"))
                    .noneMatch(n -> n.startsWith("org.apache.kafka.kafka-server"))
                    .noneMatch(n -> n.startsWith("org.apache.kafka.kafka-metadata"))
                    .noneMatch(n -> n.startsWith("org.scala-lang"))
                    .noneMatch(n -> n.startsWith("de.bwaldvogel"))
                    .noneMatch(n -> n.startsWith("com.h2database"));
        }
    }

    @Test
    void noDevOnlyClasses() throws IOException {
        try (JarFile file = new JarFile(artifact.applicationJar().toFile())) {
            assertThat(file.stream().map(e -> e.getName()))
                    .anyMatch(n -> n.startsWith("io/comptoir/kernel/"))
                    .noneMatch(n -> n.startsWith("io/comptoir/devinfra/") && n.endsWith(".class"));
        }
    }
}
