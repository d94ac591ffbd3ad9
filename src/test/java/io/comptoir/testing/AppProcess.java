package io.comptoir.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.comptoir.devinfra.FreePorts;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Another process of the packaged application, as a second engine group would be deployed: only
 * {@code engines} on, the test's Kafka, MongoDB and token key, its own port and log under
 * {@code target/}. Stopped gently by {@link #close}, or killed as a crash would.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it and waits until it is ready. */
    public static AppProcess start(String name, String engines, Map<String, String> properties) throws Exception {
        int port = FreePorts.next();
        String publicKey = ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey", String.class);
        List<String> props = new ArrayList<>(List.of(
                "-Dcomptoir.engines=" + engines,
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + ComptoirInfra.kafka().bootstrapServers(),
                "-Dquarkus.mongodb.connection-string=" + ComptoirInfra.mongoConnectionString(),
                "-Dmp.jwt.verify.publickey=" + publicKey,
                // A killed process's consumers are dropped after 6 s, not 45.
                "-Dmp.messaging.connector.smallrye-kafka.session.timeout.ms=6000",
                "-Dmp.messaging.connector.smallrye-kafka.heartbeat.interval.ms=1500"));
        properties.forEach((key, value) -> props.add("-D" + key + "=" + value));
        File log = Path.of("target", "app-" + name + ".log").toFile();
        Process process = new ProcessBuilder(PackagedArtifact.current().command(props))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        AppProcess app = new AppProcess(process, port);
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .untilAsserted(
                        () -> given().port(port).get("/q/health/ready").then().statusCode(200));
        return app;
    }

    public int port() {
        return port;
    }

    /** Stops it at once, as a crash or an evicted pod would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Stops it as Kubernetes does (SIGTERM); true when it exited by itself within 15 s, the
     * manifests' grace period, false when it had to be killed.
     */
    public boolean stop() throws InterruptedException {
        process.destroy();
        if (process.waitFor(15, TimeUnit.SECONDS)) {
            return true;
        }
        kill();
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
