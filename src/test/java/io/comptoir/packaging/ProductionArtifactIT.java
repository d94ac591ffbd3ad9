package io.comptoir.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after packaging: the production artifact holds none of the embedded servers that dev mode
 * and the tests use, neither their libraries nor Comptoir's dev-only classes.
 */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void noEmbeddedServerLibraries() throws IOException {
        try (Stream<Path> libs = Files.list(APP.resolve("lib").resolve("main"))) {
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
        try (Stream<Path> jars = Files.list(APP.resolve("app"))) {
            Path jar =
                    jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.stream().map(e -> e.getName()))
                        .anyMatch(n -> n.startsWith("io/comptoir/kernel/"))
                        .noneMatch(n -> n.startsWith("io/comptoir/devinfra/") && n.endsWith(".class"));
            }
        }
    }
}
