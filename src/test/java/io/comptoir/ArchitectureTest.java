package io.comptoir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout is the architecture: an engine depends on the kernel and on event payload types, never
 * on another engine's classes; the kernel, the events and the admin console depend on no engine
 * (the console sees the engines only through Kafka and its own collections); and every topic an
 * engine names is one the registry lets it emit (it owns it) or consume.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.comptoir");

    @Test
    void enginesDoNotUseEachOther() {
        for (Engine engine : Engine.values()) {
            String[] others = java.util.Arrays.stream(Engine.values())
                    .filter(e -> e != engine)
                    .map(e -> "io.comptoir." + e.id() + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("io.comptoir." + engine.id() + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void kernelEventsAndConsoleDependOnNoEngine() {
        String[] engines = java.util.Arrays.stream(Engine.values())
                .map(e -> "io.comptoir." + e.id() + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAnyPackage("io.comptoir.kernel..", "io.comptoir.events..", "io.comptoir.console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(engines)
                .check(CLASSES);
    }

    @Test
    void productionCodeNeverUsesTheEmbeddedServers() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.comptoir.devinfra..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.comptoir.devinfra..", "kafka..", "de.bwaldvogel..")
                .check(CLASSES);
    }

    @Test
    void enginesNameOnlyTheTopicsTheyAreGranted() {
        List<String> violations = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            Engine.ofClass(type.reflect()).ifPresent(engine -> {
                for (JavaFieldAccess access : type.getFieldAccessesFromSelf()) {
                    if (access.getTargetOwner().isEquivalentTo(Topic.class)) {
                        Topic.byId(access.getTarget().getName().toLowerCase().replace('_', '.'))
                                .filter(t -> t.owner() != engine && !t.mayBeConsumedBy(engine))
                                .ifPresent(t -> violations.add(type.getName() + " names " + t.id()));
                    }
                }
            });
        }
        assertThat(violations).isEmpty();
    }
}
