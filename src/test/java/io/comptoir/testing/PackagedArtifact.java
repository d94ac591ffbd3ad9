package io.comptoir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The application the build packaged, as Quarkus records it in {@code target/quarkus-artifact.properties}:
 * the fast jar ({@code ./mvnw verify}) or the native executable ({@code ./mvnw verify -Dnative}).
 */
public final class PackagedArtifact {

    private static final Path TARGET = Path.of("target");

    private final String type;
    private final Path path;

    private PackagedArtifact(String type, Path path) {
        this.type = type;
        this.path = path;
    }

    public static PackagedArtifact current() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no packaged application: run the *IT tests through ./mvnw verify", e);
        }
        return new PackagedArtifact(properties.getProperty("type"), TARGET.resolve(properties.getProperty("path")));
    }

    public boolean isNative() {
        return type.equals("native");
    }

    /** The command starting another instance of it with these system properties. */
    public List<String> command(List<String> systemProperties) {
        List<String> command = new ArrayList<>();
        if (isNative()) {
            command.add(path.toString());
            command.addAll(systemProperties);
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(systemProperties);
            command.add("-jar");
            command.add(path.toString());
        }
        return command;
    }

    /** The jar holding the application's own classes: in the fast jar, or the native image's input. */
    public Path applicationJar() throws IOException {
        Path dir = isNative()
                ? nativeImageSources()
                : TARGET.resolve("quarkus-app").resolve("app");
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    /** The directory of the libraries that ship with it. */
    public Path libraries() throws IOException {
        return isNative()
                ? nativeImageSources().resolve("lib")
                : TARGET.resolve("quarkus-app").resolve("lib").resolve("main");
    }

    private static Path nativeImageSources() throws IOException {
        try (Stream<Path> dirs = Files.list(TARGET)) {
            return dirs.filter(p -> p.getFileName().toString().endsWith("-native-image-source-jar"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no native-image source jar under target/"));
        }
    }
}
