import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a start's time goes, from a JFR recording of it (bench/startup.sh PROFILE=1 records one,
 * dumped when ready): the main thread's CPU time (jdk.CPUTimeSample, one sample per 10 ms of the
 * thread's CPU) and its blocked time (park, monitor, socket, sleep and file events over their
 * thresholds), each by cause, and the CPU time of every thread group.
 *
 * <p>Cause: the outermost Comptoir method on the stack if any (Inbox.createIndexes, TopicProvisioner
 * .provision, a bean's constructor, ...), else the library doing the work (Kafka consumer or
 * producer creation, SmallRye Reactive Messaging, MongoDB client, Qute, OpenAPI, ...), else the
 * Quarkus build step whose recorded code runs, else class loading or the JVM.
 *
 * <p>Usage: {@code java bench/StartupProfile.java target/bench-startup/fast-jar.jfr [more.jfr]}
 */
public final class StartupProfile {

    private static final Set<String> BLOCKING = Set.of(
            "jdk.ThreadPark",
            "jdk.JavaMonitorEnter",
            "jdk.JavaMonitorWait",
            "jdk.SocketRead",
            "jdk.SocketWrite",
            "jdk.ThreadSleep",
            "jdk.FileRead");

    public static void main(String[] args) throws Exception {
        Map<String, Long> mainCpu = new HashMap<>();
        Map<String, Long> mainBlocked = new HashMap<>();
        Map<String, Long> threadsCpu = new HashMap<>();
        long wall = 0;
        long mainLost = 0;
        long lost = 0;
        long loadedClasses = 0;
        long gcPause = 0;
        long compileMs = 0;
        long classLoading = 0;
        for (String file : args) {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(file));
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        long compile = 0;
        long classes = 0;
        for (RecordedEvent e : events) {
            if (e.getStartTime().isBefore(first)) {
                first = e.getStartTime();
            }
            if (e.getEndTime().isAfter(last)) {
                last = e.getEndTime();
            }
            String type = e.getEventType().getName();
            String thread = e.getThread() == null ? "" : e.getThread().getJavaName();
            boolean main = "main".equals(thread);
            switch (type) {
                case "jdk.CPUTimeSample" -> {
                    threadsCpu.merge(group(thread), 10L, Long::sum);
                    if (main) {
                        mainCpu.merge(cause(e.getStackTrace()), 10L, Long::sum);
                        classLoading += loadsClasses(e.getStackTrace()) ? 10 : 0;
                    }
                }
                case "jdk.CPUTimeSamplesLost" -> {
                    lost += e.getLong("lostSamples");
                    threadsCpu.merge(group(thread), 10 * e.getLong("lostSamples"), Long::sum);
                    mainLost += main ? e.getLong("lostSamples") : 0;
                }
                case "jdk.ClassLoadingStatistics" -> classes = e.getLong("loadedClassCount");
                case "jdk.GCPhasePause" -> gcPause += e.getDuration().toMillis();
                case "jdk.CompilerStatistics" -> compile = e.getDuration("totalTimeSpent").toMillis();
                default -> {
                    if (main && BLOCKING.contains(type)) {
                        mainBlocked.merge(cause(e.getStackTrace()), e.getDuration().toMillis(), Long::sum);
                    }
                }
            }
        }
        wall += Duration.between(first, last).toMillis();
        compileMs += compile;
        loadedClasses += classes;
        }
        // Means over the recordings.
        int n = args.length;
        wall /= n;
        gcPause /= n;
        compileMs /= n;
        loadedClasses /= n;
        classLoading /= n;
        mainCpu.replaceAll((k, v) -> v / n);
        mainBlocked.replaceAll((k, v) -> v / n);
        threadsCpu.replaceAll((k, v) -> v / n);
        long mainLostMs = mainLost * 10 / n;
        long cpu = sum(mainCpu);
        long blocked = sum(mainBlocked);
        System.out.printf("### %s%s%n%n", String.join(", ", args), n > 1 ? " (means of " + n + " recordings)" : "");
        System.out.printf(
                "Recording %d ms (JFR starts some 0.3-0.5 s after the JVM). Main thread: %d ms on CPU with a"
                        + " stack, %d ms on CPU whose sample was lost, %d ms blocked (events over their"
                        + " thresholds), %d ms neither (waiting for a core, short blocks). Classes loaded: %d."
                        + " GC pauses: %d ms. JIT compilation, all threads: %d ms. All threads' lost CPU samples:"
                        + " %d ms.%n%n",
                wall, cpu, mainLostMs, blocked, wall - cpu - mainLostMs - blocked, loadedClasses, gcPause,
                compileMs, lost * 10 / n);
        System.out.printf(
                "Main thread's CPU in class loading (a ClassLoader or Class.forName on the stack): %d ms of %d.%n%n",
                classLoading, cpu);
        System.out.println("| Main thread: cause | CPU ms | CPU % | blocked ms |");
        System.out.println("| --- | --- | --- | --- |");
        Map<String, Long> both = new HashMap<>(mainCpu);
        mainBlocked.forEach((k, v) -> both.merge(k, v, Long::sum));
        both.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(en -> en.getValue() >= Long.getLong("min", 20))
                .forEach(en -> System.out.printf(
                        "| %s | %d | %.1f | %d |%n",
                        en.getKey(),
                        mainCpu.getOrDefault(en.getKey(), 0L),
                        100.0 * mainCpu.getOrDefault(en.getKey(), 0L) / Math.max(1, cpu),
                        mainBlocked.getOrDefault(en.getKey(), 0L)));
        System.out.println();
        System.out.println("| Thread group | CPU ms |");
        System.out.println("| --- | --- |");
        threadsCpu.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(en -> en.getValue() >= Long.getLong("min", 20))
                .forEach(en -> System.out.printf("| %s | %d |%n", en.getKey(), en.getValue()));
        System.out.println();
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String group(String thread) {
        return thread.isEmpty() ? "(no thread)" : thread.replaceAll("[0-9]+", "#").replace('|', '/');
    }

    private static boolean loadsClasses(RecordedStackTrace stack) {
        if (stack == null) {
            return false;
        }
        for (RecordedFrame f : stack.getFrames()) {
            String c = f.getMethod().getType().getName();
            String m = f.getMethod().getName();
            if (c.endsWith("ClassLoader") && (m.startsWith("loadClass") || m.startsWith("defineClass"))
                    || c.equals("java.lang.Class") && m.equals("forName")) {
                return true;
            }
        }
        return false;
    }

    /** The outermost Comptoir method, else the library at work, else the Quarkus step. */
    static String cause(RecordedStackTrace stack) {
        if (stack == null) {
            return "(no stack)";
        }
        List<RecordedFrame> frames = stack.getFrames(); // innermost first
        for (int i = frames.size() - 1; i >= 0; i--) {
            String c = frames.get(i).getMethod().getType().getName();
            if (c.startsWith("io.comptoir.") && !generated(c)) {
                String method = frames.get(i).getMethod().getName();
                if (method.equals("createIndexes")) {
                    return "Comptoir: MongoDB index creation (every *.createIndexes)";
                }
                if (c.endsWith("Clock") && method.equals("schedule")) {
                    return "Comptoir: engine jobs scheduled (every *Clock.schedule)";
                }
                return "Comptoir: " + c.substring(c.lastIndexOf('.') + 1) + "." + method;
            }
        }
        String[][] libraries = {
            {
                "io.quarkus.hibernate.validator.runtime.HibernateBeanValidationConfigValidator",
                "Hibernate Validator: validating the @ConfigMapping interfaces"
            },
            {
                "io.quarkus.hibernate.validator.runtime.HibernateValidatorRecorder.hibernateValidatorFactoryInit",
                "Hibernate Validator: validator factory (metadata of the constrained classes)"
            },
            {"io.quarkus.smallrye.openapi.runtime.OpenApiRecorder.prepareDocument", "OpenAPI: document prepared at start"},
            {"io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue", "Kafka dead-letter producer creation"},
            {"org.apache.kafka.clients.consumer.KafkaConsumer.<init>", "Kafka consumer creation"},
            {"io.smallrye.reactive.messaging.kafka.impl.ReactiveKafkaConsumer.<init>", "Kafka consumer creation"},
            {"org.apache.kafka.clients.producer.KafkaProducer.<init>", "Kafka producer creation"},
            {"io.smallrye.reactive.messaging.kafka.impl.ReactiveKafkaProducer.<init>", "Kafka producer creation"},
            {"org.apache.kafka.clients.admin.", "Kafka admin client"},
            {"io.smallrye.reactive.messaging.", "SmallRye Reactive Messaging (other)"},
            {"io.quarkus.smallrye.reactivemessaging.", "SmallRye Reactive Messaging (other)"},
            {"com.mongodb.", "MongoDB client"},
            {"io.quarkus.mongodb.", "MongoDB client"},
            {"io.quarkus.qute.", "Qute"},
            {"openapi", "OpenAPI (other)"},
            {"io.smallrye.jwt.", "SmallRye JWT"},
            {"io.micrometer.", "Micrometer"},
            {"io.quarkus.scheduler.", "Scheduler"},
            {"org.hibernate.validator.", "Hibernate Validator (other)"},
            {"io.smallrye.config.", "configuration"},
        };
        for (String[] lib : libraries) {
            for (RecordedFrame f : frames) {
                String name = f.getMethod().getType().getName() + "."
                        + f.getMethod().getName();
                if (name.startsWith(lib[0]) || lib[0].equals("openapi") && name.toLowerCase().contains("openapi")) {
                    return lib[1];
                }
            }
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            String c = frames.get(i).getMethod().getType().getName();
            if (c.startsWith("io.quarkus.deployment.steps.")) {
                return "Quarkus step "
                        + c.substring("io.quarkus.deployment.steps.".length()).replaceAll("[0-9]+$", "");
            }
        }
        if (loadsClasses(stack)) {
            return "class loading, before the application";
        }
        return frames.isEmpty() ? "(empty stack)" : "other (Quarkus start-up: Arc, Narayana, REST, ...)";
    }

    private static boolean generated(String c) {
        return c.contains("_Bean") || c.contains("_Observer_") || c.contains("_ClientProxy") || c.contains("_Subclass")
                || c.contains("_ProducerMethod_") || c.contains("_SyntheticBean") || c.contains("$$");
    }
}
