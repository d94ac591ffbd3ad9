package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every manifest under {@code k8s/} with the real Kubernetes and Strimzi models, as the API
 * server would, and checks what a deployment needs: probes on Quarkus's health endpoints,
 * resources, non-root pods, an autoscaler and a disruption budget per engine group, the groups
 * together running every engine exactly once, and one KafkaTopic per registered topic, generated
 * from the registry.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final String CONFIG_MAP = "comptoir-config";
    private static final String STRIMZI_API = "kafka.strimzi.io/v1";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static List<HasMetadata> resources;

    @BeforeAll
    static void readManifests() throws IOException {
        if (Boolean.getBoolean("update-generated")) {
            Files.writeString(Path.of(KafkaTopicManifests.PATH), KafkaTopicManifests.render());
        }
        // Strimzi's classes carry every version the operator serves; the manifests use v1.
        List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class)
                .forEach(type -> SERIALIZATION.registerKubernetesResource(STRIMZI_API, type.getSimpleName(), type));
        resources = new ArrayList<>();
        for (Path file : kustomizationResources()) {
            resources.addAll(read(file));
        }
    }

    @Test
    void topicsManifestIsTheRegistrysOwn() throws IOException {
        Path file = Path.of(KafkaTopicManifests.PATH);
        assertThat(Files.readString(file))
                .as(
                        "%s is out of date; regenerate it: ./mvnw test -Dtest=KubernetesManifestsTest"
                                + " -Dupdate-generated=true",
                        file)
                .isEqualTo(KafkaTopicManifests.render());
    }

    @Test
    void everyRegisteredTopicAndDeadLetterTopicHasItsKafkaTopic() {
        Map<String, KafkaTopic> topics = of(KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getMetadata().getName(), Function.identity()));
        Set<String> expected = Stream.concat(
                        Arrays.stream(Topic.values()).map(Topic::id),
                        Arrays.stream(Engine.values()).map(e -> "deadletter." + e.id()))
                .collect(Collectors.toSet());
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        String cluster = single(Kafka.class).getMetadata().getName();
        topics.values().forEach(topic -> {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            assertThat(topic.getSpec().getPartitions()).isGreaterThanOrEqualTo(3);
            assertThat(topic.getSpec().getReplicas()).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).containsKeys("retention.ms", "min.insync.replicas");
        });
    }

    @Test
    void manifestsUseOnlyFieldsTheirModelsKnow() {
        List<String> problems = new ArrayList<>();
        resources.stream()
                .filter(r -> !(r instanceof GenericKubernetesResource))
                .forEach(r ->
                        unknownFields(r, r.getKind() + "/" + r.getMetadata().getName(), problems));
        assertThat(problems).isEmpty();
        // The MongoDB operator publishes no Java model: its resource is the only generic one.
        assertThat(resources.stream()
                        .filter(GenericKubernetesResource.class::isInstance)
                        .map(HasMetadata::getKind))
                .containsExactly("MongoDBCommunity");
    }

    @Test
    void noSecretValueIsCommitted() {
        assertThat(resources).noneMatch(r -> r.getKind().equals("Secret"));
    }

    @Test
    void engineGroupsRunEveryEngineExactlyOnce() {
        List<String> enabled = of(Deployment.class).stream()
                .flatMap(
                        d -> Arrays.stream(env(container(d), "COMPTOIR_ENGINES").split(",")))
                .map(String::trim)
                .toList();
        assertThat(enabled)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Engine.values()).map(Engine::id).toList());
    }

    @Test
    void everyGroupIsProbedSizedScaledAndProtected() {
        List<Deployment> deployments = of(Deployment.class);
        assertThat(deployments).hasSize(3);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(podLabels);
            Container container = container(deployment);
            assertThat(container.getImage()).isEqualTo("comptoir");
            assertProbe(container.getStartupProbe(), "/q/health/started");
            assertProbe(container.getLivenessProbe(), "/q/health/live");
            assertProbe(container.getReadinessProbe(), "/q/health/ready");
            assertThat(container.getPorts()).anyMatch(p -> p.getContainerPort() == 8080 && "http".equals(p.getName()));
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(deployment
                            .getSpec()
                            .getTemplate()
                            .getSpec()
                            .getSecurityContext()
                            .getRunAsNonRoot())
                    .isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .isFalse();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .isTrue();
            // Vert.x and the JVM write their temporary files under /tmp: a volume, not the image.
            assertThat(container.getVolumeMounts())
                    .anyMatch(m -> m.getMountPath().equals("/tmp"));
            assertThat(container.getEnvFrom())
                    .anyMatch(e -> e.getConfigMapRef() != null
                            && CONFIG_MAP.equals(e.getConfigMapRef().getName()));
            assertThat(container.getEnv())
                    .anyMatch(e -> e.getName().equals("QUARKUS_MONGODB_CONNECTION_STRING")
                            && e.getValueFrom().getSecretKeyRef() != null);

            assertThat(of(Service.class))
                    .anyMatch(s -> s.getSpec().getSelector().equals(podLabels));
            assertThat(of(HorizontalPodAutoscaler.class))
                    .anyMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name)
                            && h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getMinReplicas() >= 2);
            assertThat(of(PodDisruptionBudget.class))
                    .anyMatch(p -> p.getSpec().getSelector().getMatchLabels().equals(podLabels));
            assertThat(of(NetworkPolicy.class))
                    .filteredOn(p -> podLabels
                            .entrySet()
                            .containsAll(p.getSpec()
                                    .getPodSelector()
                                    .getMatchLabels()
                                    .entrySet()))
                    .anyMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")));
        }
    }

    @Test
    void applicationReachesTheKafkaClusterDefinedHere() {
        String cluster = single(Kafka.class).getMetadata().getName();
        int port = single(Kafka.class).getSpec().getKafka().getListeners().stream()
                .filter(l -> !l.isTls())
                .findFirst()
                .orElseThrow()
                .getPort();
        ConfigMap config = of(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals(CONFIG_MAP))
                .findFirst()
                .orElseThrow();
        assertThat(config.getData())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", cluster + "-kafka-bootstrap:" + port)
                .containsEntry("COMPTOIR_KAFKA_PROVISION_TOPICS", "false");
        assertThat(single(KafkaNodePool.class).getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
    }

    @Test
    void podsReachOnlyKafkaMongoDbAndDnsAndOnlyPaymentsReachHttps() {
        NetworkPolicy all = of(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec()
                        .getPodSelector()
                        .getMatchLabels()
                        .equals(Map.of("app.kubernetes.io/name", "comptoir")))
                .findFirst()
                .orElseThrow();
        assertThat(all.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getPorts())
                .singleElement()
                .satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(8080)));
        String kafka = single(Kafka.class).getMetadata().getName();
        String mongo =
                of(GenericKubernetesResource.class).getFirst().getMetadata().getName();
        assertThat(all.getSpec().getEgress())
                .anyMatch(rule -> allows(rule, Map.of("strimzi.io/cluster", kafka), 9092))
                .anyMatch(rule -> allows(rule, Map.of("app", mongo + "-svc"), 27017))
                .anyMatch(rule -> allows(rule, Map.of("k8s-app", "kube-dns"), 53))
                .noneMatch(rule -> rule.getTo() == null || rule.getTo().isEmpty());
        List<NetworkPolicy> https = of(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec().getEgress() != null
                        && p.getSpec().getEgress().stream().anyMatch(rule -> rule.getPorts().stream()
                                .anyMatch(port -> port.getPort().getIntVal() == 443)))
                .toList();
        assertThat(https).singleElement().satisfies(p -> assertThat(
                        p.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/component", "payments"));
    }

    @Test
    void everyVariableTheManifestsSetIsADocumentedProperty() throws IOException {
        Set<String> set = new TreeSet<>();
        of(Deployment.class).forEach(d -> container(d).getEnv().forEach(e -> set.add(e.getName())));
        of(ConfigMap.class).forEach(c -> set.addAll(c.getData().keySet()));
        Set<String> documented = ConfigurationTable.environmentVariables(Path.of("docs/configuration.md"));
        assertThat(documented).as("docs/configuration.md table").containsAll(set);
        Set<String> mapped = ConfigurationTable.mappedEnvironmentVariables();
        assertThat(mapped)
                .as("@ConfigMapping properties")
                .containsAll(set.stream().filter(v -> v.startsWith("COMPTOIR_")).toList())
                .containsAll(documented.stream()
                        .filter(v -> v.startsWith("COMPTOIR_"))
                        .toList());
        assertThat(documented).as("docs/configuration.md table").containsAll(mapped);
    }

    private static boolean allows(NetworkPolicyEgressRule rule, Map<String, String> podLabels, int port) {
        return rule.getTo().stream()
                        .anyMatch(peer -> peer.getPodSelector() != null
                                && podLabels.equals(peer.getPodSelector().getMatchLabels()))
                && rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port);
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static Container container(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.getFirst();
    }

    private static String env(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
    }

    private static <T extends HasMetadata> List<T> of(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T single(Class<T> type) {
        List<T> found = of(type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    /** The files {@code kubectl apply -k k8s} applies; every YAML file under k8s/ must be one. */
    private static List<Path> kustomizationResources() throws IOException {
        GenericKubernetesResource kustomization;
        try (InputStream in = Files.newInputStream(K8S.resolve("kustomization.yaml"))) {
            kustomization = SERIALIZATION.unmarshal(in, GenericKubernetesResource.class);
        }
        @SuppressWarnings("unchecked")
        List<String> listed =
                (List<String>) kustomization.getAdditionalProperties().get("resources");
        List<Path> files = listed.stream().map(K8S::resolve).toList();
        try (Stream<Path> all = Files.walk(K8S)) {
            assertThat(all.filter(p -> p.toString().endsWith(".yaml"))
                            .filter(p -> !p.getFileName().toString().equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(files);
        }
        return files;
    }

    private static List<HasMetadata> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Object parsed = SERIALIZATION.unmarshal(in);
            List<?> items =
                    switch (parsed) {
                        case null -> List.of();
                        case List<?> list -> list;
                        default -> List.of(parsed);
                    };
            return items.stream().map(HasMetadata.class::cast).toList();
        }
    }

    /** Fields the model did not recognise end up in additionalProperties: a typo or a wrong level. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        switch (value) {
            case null -> {}
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    unknownFields(item, path + "[" + i++ + "]", problems);
                }
            }
            case Map<?, ?> map -> map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            default -> {
                String type = value.getClass().getName();
                if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith("io.strimzi.api")) {
                    return;
                }
                for (Method getter : value.getClass().getMethods()) {
                    if (getter.getParameterCount() != 0
                            || !getter.getName().startsWith("get")
                            || getter.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    Object field = invoke(getter, value);
                    if (getter.getName().equals("getAdditionalProperties")) {
                        if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                            problems.add(path + ": unknown " + extra.keySet());
                        }
                    } else {
                        unknownFields(field, path + "." + getter.getName().substring(3), problems);
                    }
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
