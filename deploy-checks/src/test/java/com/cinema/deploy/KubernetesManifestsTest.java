package com.cinema.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.cinema.deploy.Manifests.containers;
import static com.cinema.deploy.Manifests.list;
import static com.cinema.deploy.Manifests.map;
import static com.cinema.deploy.Manifests.nameOf;
import static com.cinema.deploy.Manifests.podSpec;
import static com.cinema.deploy.Manifests.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/k8s rendered as an operator would apply it ({@code kubectl kustomize overlays/dev|prod}) and checked
 * object by object against the rules of issue #19 and docs/architecture.md: every server probed on its MicroProfile
 * Health endpoints, sized from the measured footprint, non-root on a read-only root filesystem, scraped by
 * Prometheus; network access exactly as the services call each other; each database reachable from its service
 * only; no secret value in the manifests; an ingress that keeps Server-Sent Events streaming.
 */
class KubernetesManifestsTest {

    /** The seven servers and their HTTP ports (README, "Ports and configuration"). */
    private static final Map<String, Integer> SERVERS = new LinkedHashMap<>();
    /** The gateway's management port: its only door for health and metrics (gateway server.xml). */
    private static final int GATEWAY_MANAGEMENT_PORT = 5001;
    private static final Set<String> DOMAIN_SERVICES = Set.of("user", "movie", "cinema", "booking", "payment", "coupon");

    static {
        SERVERS.put("gateway", 5000);
        SERVERS.put("user", 3012);
        SERVERS.put("movie", 3010);
        SERVERS.put("cinema", 3008);
        SERVERS.put("booking", 3007);
        SERVERS.put("payment", 3011);
        SERVERS.put("coupon", 3009);
    }

    /**
     * Who calls whom (docs/architecture.md, "Calls between services"; the client packages): the gateway calls all
     * six; booking calls user (service tokens), movie, cinema, payment, coupon; movie and cinema ask booking; movie
     * asks user for a removed review's author's address (ADR 0028).
     */
    private static final Map<String, Set<String>> CALLERS = Map.of(
            "user", Set.of("gateway", "movie", "booking"),
            "movie", Set.of("gateway", "booking"),
            "cinema", Set.of("gateway", "booking"),
            "booking", Set.of("gateway", "movie", "cinema"),
            "payment", Set.of("gateway", "booking"),
            "coupon", Set.of("gateway", "booking"));

    /** Highest resident memory measured of any server after load (bench/reports/gateway.md: the booking server, 515 MiB). */
    private static final long MEASURED_RSS_MIB = 515;

    private static final Path DEPLOY = Path.of(System.getProperty("deploy.dir", "../deploy")).toAbsolutePath().normalize();
    private static final Map<String, Manifests> RENDERED = new HashMap<>();

    @BeforeAll
    static void render() {
        Kubectl kubectl = Kubectl.fromBuild();
        for (String overlay : List.of("dev", "prod")) {
            RENDERED.put(overlay, Manifests.parse("overlays/" + overlay,
                    kubectl.kustomize(DEPLOY.resolve("k8s/overlays/" + overlay))));
        }
    }

    @Test
    void withoutKubectlTheChecksFailLoudlyInsteadOfPassing() {
        assertThatThrownBy(() -> new Kubectl("/nonexistent/kubectl").kustomize(DEPLOY.resolve("k8s/overlays/dev")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install kubernetes-client");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServerIsProbedOnItsHealthEndpointsThroughItsNamedPort(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        for (Map.Entry<String, Integer> server : SERVERS.entrySet()) {
            Map<String, Object> container = serverContainer(manifests, server.getKey());
            assertThat(list(container, "ports")).as(server.getKey() + " ports")
                    .anySatisfy(p -> {
                        assertThat(p.get("name")).isEqualTo("http");
                        assertThat(p.get("containerPort")).isEqualTo(server.getValue());
                    });
            assertThat(env(container)).as(server.getKey() + " HTTP_PORT").containsEntry("HTTP_PORT", String.valueOf(server.getValue()));
            Map<String, String> probes = Map.of("startupProbe", "/health/started", "readinessProbe", "/health/ready",
                    "livenessProbe", "/health/live");
            // The gateway answers health on its management port only, every service on its own HTTP port.
            String healthPort = server.getKey().equals("gateway") ? "management" : "http";
            if (server.getKey().equals("gateway")) {
                assertThat(list(container, "ports")).as("gateway management port").anySatisfy(p -> {
                    assertThat(p.get("name")).isEqualTo("management");
                    assertThat(p.get("containerPort")).isEqualTo(GATEWAY_MANAGEMENT_PORT);
                });
                assertThat(env(container)).containsEntry("MANAGEMENT_PORT", String.valueOf(GATEWAY_MANAGEMENT_PORT));
            }
            probes.forEach((probe, path) -> {
                assertThat(string(container, probe, "httpGet", "path")).as(overlay + " " + server.getKey() + " " + probe).isEqualTo(path);
                assertThat(string(container, probe, "httpGet", "port")).as(server.getKey() + " " + probe + " port").isEqualTo(healthPort);
            });
            // A first start migrates the schema on a busy node: the startup probe allows minutes, not seconds.
            int startupSeconds = Integer.parseInt(string(container, "startupProbe", "periodSeconds"))
                    * Integer.parseInt(string(container, "startupProbe", "failureThreshold"));
            assertThat(startupSeconds).as(server.getKey() + " startup allowance (s)").isGreaterThanOrEqualTo(180);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasRequestsAndLimitsAndServersFitTheMeasuredFootprint(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        manifests.workloads().forEach(workload -> containers(workload).forEach(container -> {
            String what = overlay + " " + nameOf(workload) + "/" + container.get("name");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(string(container, "resources", kind, resource)).as(what + " " + kind + "." + resource).isNotBlank();
                }
            }
            assertThat(mebibytes(string(container, "resources", "limits", "memory")))
                    .as(what + " memory limit >= request")
                    .isGreaterThanOrEqualTo(mebibytes(string(container, "resources", "requests", "memory")));
        }));
        for (String server : SERVERS.keySet()) {
            Map<String, Object> container = serverContainer(manifests, server);
            assertThat(mebibytes(string(container, "resources", "requests", "memory")))
                    .as(server + ": the request covers the measured resident memory (" + MEASURED_RSS_MIB + " MiB)")
                    .isGreaterThanOrEqualTo(MEASURED_RSS_MIB);
            assertThat(mebibytes(string(container, "resources", "limits", "memory")))
                    .as(server + ": the limit leaves a quarter on top of the measured resident memory")
                    .isGreaterThanOrEqualTo(MEASURED_RSS_MIB * 5 / 4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyWorkloadRunsAsNonRootOnAReadOnlyRootFilesystem(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        assertThat(manifests.workloads()).as(overlay + " workloads").isNotEmpty();
        manifests.workloads().forEach(workload -> {
            String name = nameOf(workload);
            Map<String, Object> pod = podSpec(workload);
            assertThat(map(pod, "securityContext").get("runAsNonRoot")).as(overlay + " " + name + " runAsNonRoot").isEqualTo(true);
            assertThat(map(pod, "securityContext").get("runAsUser")).as(name + " runAsUser").isNotEqualTo(0);
            assertThat(pod.get("automountServiceAccountToken")).as(name + " needs no API token").isEqualTo(false);
            for (Map<String, Object> container : containers(workload)) {
                String what = overlay + " " + name + "/" + container.get("name");
                Map<String, Object> security = map(container, "securityContext");
                assertThat(security.get("readOnlyRootFilesystem")).as(what + " readOnlyRootFilesystem").isEqualTo(true);
                assertThat(security.get("allowPrivilegeEscalation")).as(what + " allowPrivilegeEscalation").isEqualTo(false);
                assertThat(Manifests.at(security, "capabilities", "drop")).as(what + " drops capabilities").isEqualTo(List.of("ALL"));
            }
        });
        // Liberty's writable folders are emptyDirs (workarea, logs, class cache; temporary files).
        for (String server : SERVERS.keySet()) {
            Map<String, Object> workload = manifests.get("Deployment", server);
            Set<String> emptyDirs = list(podSpec(workload), "volumes").stream()
                    .filter(v -> v.containsKey("emptyDir")).map(v -> String.valueOf(v.get("name"))).collect(Collectors.toSet());
            Set<String> writable = list(serverContainer(manifests, server), "volumeMounts").stream()
                    .filter(m -> emptyDirs.contains(String.valueOf(m.get("name"))))
                    .map(m -> String.valueOf(m.get("mountPath"))).collect(Collectors.toSet());
            assertThat(writable).as(overlay + " " + server + " writable folders").containsExactlyInAnyOrder("/opt/ol/wlp/output", "/tmp");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServerIsScrapedByPrometheusOnItsOwnPort(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        for (Map.Entry<String, Integer> server : SERVERS.entrySet()) {
            Map<String, Object> annotations = map(manifests.get("Deployment", server.getKey()), "spec", "template", "metadata", "annotations");
            assertThat(annotations).as(overlay + " " + server.getKey() + " pod annotations")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(server.getKey().equals("gateway")
                            ? GATEWAY_MANAGEMENT_PORT : server.getValue()))
                    .containsEntry("prometheus.io/path", "/metrics");
            Map<String, Object> service = manifests.get("Service", server.getKey());
            assertThat(NetworkAccess.selects(Map.of("matchLabels", map(service, "spec", "selector")),
                    map(manifests.get("Deployment", server.getKey()), "spec", "template", "metadata", "labels")))
                    .as(server.getKey() + " Service selects its pods").isTrue();
            assertThat(list(service, "spec", "ports")).anySatisfy(p -> {
                assertThat(p.get("port")).isEqualTo(server.getValue());
                assertThat(p.get("targetPort")).isEqualTo("http");
            });
            // Metrics are not public: no Service (and so no ingress) leads to the gateway's management port.
            assertThat(list(service, "spec", "ports")).as(server.getKey() + " Service ports")
                    .noneSatisfy(p -> assertThat(String.valueOf(p.get("targetPort"))).isIn("management",
                            String.valueOf(GATEWAY_MANAGEMENT_PORT)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromTheIngressAndEachServiceOnlyFromItsCallers(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        NetworkAccess access = new NetworkAccess(manifests);
        String prometheus = "namespace:monitoring";
        for (String server : SERVERS.keySet()) {
            assertThat(access.isolated(server, "Ingress")).as(overlay + " " + server + " denies ingress by default").isTrue();
            assertThat(access.isolated(server, "Egress")).as(overlay + " " + server + " denies egress by default").isTrue();
        }
        assertThat(access.ingressPeers("gateway")).as(overlay + " who reaches the gateway")
                .containsExactlyInAnyOrder("namespace:ingress-nginx", prometheus);
        CALLERS.forEach((service, callers) -> {
            Set<String> expected = new TreeSet<>(callers);
            expected.add(prometheus);
            assertThat(access.ingressPeers(service)).as(overlay + " who reaches " + service).isEqualTo(expected);
        });
        // And the other way round: a caller may open connections to exactly the services it calls.
        for (String caller : SERVERS.keySet()) {
            Set<String> callees = CALLERS.entrySet().stream().filter(e -> e.getValue().contains(caller))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            Set<String> reachable = new TreeSet<>();
            for (String service : DOMAIN_SERVICES) {
                if (access.egressPeers(caller, SERVERS.get(service)).contains(service)) {
                    reachable.add(service);
                }
            }
            assertThat(reachable).as(overlay + " services " + caller + " may call").isEqualTo(callees);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheServicesThatSendMailReachAnSmtpRelay(String overlay) {
        NetworkAccess access = new NetworkAccess(RENDERED.get(overlay));
        for (String service : List.of("booking", "user", "movie")) {
            assertThat(access.egressPeers(service, 587)).as(overlay + ": " + service + " sends mail").contains("ip:0.0.0.0/0");
        }
        for (String service : List.of("gateway", "cinema", "payment", "coupon")) {
            assertThat(access.egressPeers(service, 587)).as(overlay + ": " + service + " sends no mail").doesNotContain("ip:0.0.0.0/0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDatabaseIsReachableFromItsServiceOnly(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        NetworkAccess access = new NetworkAccess(manifests);
        for (String service : DOMAIN_SERVICES) {
            Map<String, Object> policy = manifests.get("NetworkPolicy", service + "-to-database");
            assertThat(map(policy, "spec", "podSelector", "matchLabels")).as(overlay + " " + service + "-to-database selects")
                    .containsEntry("app.kubernetes.io/name", service);
            assertThat(access.egressPeers(service, 3306)).as(overlay + " " + service + " reaches its database").isNotEmpty();
        }
        assertThat(access.egressPeers("gateway", 3306)).as(overlay + ": the gateway owns no data and reaches no database").isEmpty();
        if (overlay.equals("dev")) {
            assertThat(access.ingressPeers("mysql")).as("who reaches the dev MySQL").isEqualTo(new TreeSet<>(DOMAIN_SERVICES));
            for (String service : DOMAIN_SERVICES) {
                assertThat(access.egressPeers(service, 3306)).as(service + " database peer").containsExactly("mysql");
            }
        } else {
            assertThat(manifests.ofKind("StatefulSet")).as("prod runs no database of its own").isEmpty();
            for (String service : DOMAIN_SERVICES) {
                assertThat(access.egressPeers(service, 3306)).as(service + " database peer").allMatch(p -> p.startsWith("ip:"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretValueIsInTheManifestsAndEveryReferencedSecretIsOneTheOperatorScriptMakes(String overlay) throws IOException {
        Manifests manifests = RENDERED.get(overlay);
        assertThat(manifests.ofKind("Secret")).as(overlay + ": Secrets are made by the operator, never rendered from git").isEmpty();
        manifests.ofKind("ConfigMap").forEach(configMap -> map(configMap, "data").forEach((key, value) -> {
            assertThat(key).as(overlay + " ConfigMap " + nameOf(configMap) + ": a secret setting in plain config")
                    .doesNotContainPattern("PASSWORD|SECRET|SIGNING_KEY");
            assertThat(String.valueOf(value)).as(overlay + " ConfigMap " + nameOf(configMap) + " " + key)
                    .doesNotContainPattern("(?m)^(DB_PASSWORD|CINEMA_SERVICE_AUTH_SECRET|CINEMA_TICKETS_SIGNING_KEY)=")
                    .doesNotContain("PRIVATE KEY").doesNotContain("BEGIN ");
        }));
        // Passwords, secrets and signing keys come only from Secrets, never as a literal value.
        manifests.workloads().forEach(workload -> containers(workload).forEach(container ->
                list(container, "env").stream()
                        .filter(e -> String.valueOf(e.get("name")).matches(".*(PASSWORD|SECRET|SIGNING_KEY|DB_URL|DB_USER).*"))
                        .forEach(e -> assertThat(Manifests.at(e, "valueFrom", "secretKeyRef"))
                                .as(overlay + " " + nameOf(workload) + " " + e.get("name") + " from a Secret").isNotNull())));

        Set<String> referenced = referencedSecretKeys(manifests);
        assertThat(referenced).as(overlay + " referenced secrets")
                .contains("cinema-jwt-public/jwt-public.pem", "cinema-jwt-private/jwt-private.pem",
                        "cinema-service-auth/secret", "cinema-ticket-signing/key", "cinema-booking-db/password");
        Manifests made = Manifests.parse("make-secrets.sh", secretsScript(overlay));
        Set<String> provided = new TreeSet<>();
        made.ofKind("Secret").forEach(secret -> map(secret, "data").keySet()
                .forEach(key -> provided.add(nameOf(secret) + "/" + key)));
        assertThat(provided).as(overlay + ": make-secrets.sh makes every Secret key a workload reads").containsAll(referenced);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressReachesTheGatewayOnlyAndKeepsSeatEventStreamsOpen(String overlay) {
        Manifests manifests = RENDERED.get(overlay);
        List<Map<String, Object>> ingresses = manifests.ofKind("Ingress").toList();
        assertThat(ingresses).as(overlay + " ingresses").hasSize(1);
        Map<String, Object> ingress = ingresses.get(0);
        Map<String, Object> annotations = map(ingress, "metadata", "annotations");
        assertThat(annotations).as(overlay + " ingress annotations")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
        // Longer than the gateway's 15 s heartbeat by far: an idle seat map stays connected.
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            assertThat(Integer.parseInt(String.valueOf(annotations.get("nginx.ingress.kubernetes.io/" + timeout))))
                    .as(overlay + " " + timeout + " (s)").isGreaterThanOrEqualTo(600);
        }
        for (Map<String, Object> rule : list(ingress, "spec", "rules")) {
            for (Map<String, Object> path : list(rule, "http", "paths")) {
                assertThat(string(path, "backend", "service", "name")).as(overlay + " ingress backend").isEqualTo("gateway");
            }
        }
    }

    @Test
    void devRunsOneOfEachWithItsOwnDatabaseAndProdScalesOut() {
        Manifests dev = RENDERED.get("dev");
        for (String server : SERVERS.keySet()) {
            assertThat(Manifests.at(dev.get("Deployment", server), "spec", "replicas")).as("dev " + server + " replicas").isEqualTo(1);
        }
        assertThat(dev.ofKind("HorizontalPodAutoscaler")).as("dev autoscalers").isEmpty();
        Map<String, Object> mysql = dev.get("StatefulSet", "mysql");
        assertThat(list(podSpec(mysql), "volumes")).as("dev MySQL runs deploy/mysql/init")
                .anySatisfy(v -> assertThat(string(v, "configMap", "name")).startsWith("mysql-init"));
        assertThat(map(dev.get("ConfigMap", configMapName(dev, "mysql-init")), "data"))
                .containsKeys("01-schemas.sql", "02-users.sh");

        Manifests prod = RENDERED.get("prod");
        for (String server : List.of("gateway", "booking")) {
            Map<String, Object> hpa = prod.get("HorizontalPodAutoscaler", server);
            assertThat(string(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(server);
            assertThat((Integer) Manifests.at(hpa, "spec", "minReplicas")).as("prod " + server + " min replicas").isGreaterThanOrEqualTo(2);
            assertThat(Manifests.at(prod.get("Deployment", server), "spec", "replicas"))
                    .as("prod " + server + ": the autoscaler owns the count").isNull();
        }
        for (String server : List.of("user", "movie", "cinema", "payment", "coupon")) {
            assertThat((Integer) Manifests.at(prod.get("Deployment", server), "spec", "replicas"))
                    .as("prod " + server + " replicas").isGreaterThanOrEqualTo(2);
        }
        for (Manifests manifests : List.of(dev, prod)) {
            for (String server : SERVERS.keySet()) {
                Map<String, Object> budget = manifests.get("PodDisruptionBudget", server);
                assertThat(NetworkAccess.selects(map(budget, "spec", "selector"),
                        map(manifests.get("Deployment", server), "spec", "template", "metadata", "labels")))
                        .as(manifests + " " + server + " disruption budget selects its pods").isTrue();
            }
        }
    }

    // --- helpers ---

    private static Map<String, Object> serverContainer(Manifests manifests, String server) {
        return list(podSpec(manifests.get("Deployment", server)), "containers").stream()
                .filter(c -> "server".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(manifests + " " + server + ": no container named server"));
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new HashMap<>();
        list(container, "env").forEach(e -> env.put(String.valueOf(e.get("name")), string(e, "value")));
        return env;
    }

    private static String configMapName(Manifests manifests, String prefix) {
        return manifests.ofKind("ConfigMap").map(Manifests::nameOf).filter(n -> n.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(manifests + ": no ConfigMap " + prefix + "*"));
    }

    /** "secret/key" for every Secret key a workload reads (env secretKeyRef; secret volumes: every key). */
    private static Set<String> referencedSecretKeys(Manifests manifests) {
        Set<String> keys = new TreeSet<>();
        manifests.workloads().forEach(workload -> {
            containers(workload).forEach(container -> list(container, "env").forEach(e -> {
                Map<String, Object> ref = map(e, "valueFrom", "secretKeyRef");
                if (!ref.isEmpty()) {
                    keys.add(ref.get("name") + "/" + ref.get("key"));
                }
            }));
            for (Map<String, Object> volume : list(podSpec(workload), "volumes")) {
                String secret = string(volume, "secret", "secretName");
                if (secret != null) {
                    List<Map<String, Object>> items = list(volume, "secret", "items");
                    // Only the keys a server reads are mounted, each named.
                    assertThat(items).as(manifests + " " + nameOf(workload) + " volume of " + secret + " names its keys").isNotEmpty();
                    items.forEach(item -> keys.add(secret + "/" + item.get("key")));
                }
            }
        });
        return keys;
    }

    /** make-secrets.sh's output: --dev generates everything; prod takes its values from the environment. */
    private static String secretsScript(String overlay) throws IOException {
        Path script = DEPLOY.resolve("k8s/make-secrets.sh");
        if (overlay.equals("dev")) {
            return Kubectl.fromBuild().script(script, List.of("--dev", "cinema-dev"), Map.of());
        }
        Path keys = Files.createTempDirectory("cinema-k8s-keys");
        try {
            Path publicKey = Files.writeString(keys.resolve("public.pem"), "placeholder public key for the check\n");
            Path privateKey = Files.writeString(keys.resolve("private.pem"), "placeholder private key for the check\n");
            Map<String, String> environment = new HashMap<>(Map.of(
                    "JWT_PUBLIC_KEY_FILE", publicKey.toString(), "JWT_PRIVATE_KEY_FILE", privateKey.toString(),
                    "SERVICE_AUTH_SECRET", "check-only", "TICKET_SIGNING_KEY", "check-only"));
            for (String service : DOMAIN_SERVICES) {
                String upper = service.toUpperCase();
                environment.put(upper + "_DB_URL", "jdbc:mysql://db.example.test:3306/" + service + "_db");
                environment.put(upper + "_DB_USER", service + "_svc");
                environment.put(upper + "_DB_PASSWORD", "check-only");
            }
            return Kubectl.fromBuild().script(script, List.of("cinema"), environment);
        } finally {
            try (var files = Files.list(keys)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(keys);
        }
    }

    private static long mebibytes(String quantity) {
        if (quantity == null) {
            return 0;
        }
        Map<String, Long> units = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "M", 1_000_000L, "G", 1_000_000_000L);
        for (Map.Entry<String, Long> unit : units.entrySet()) {
            if (quantity.endsWith(unit.getKey()) && Character.isDigit(quantity.charAt(quantity.length() - unit.getKey().length() - 1))) {
                BigDecimal bytes = new BigDecimal(quantity.substring(0, quantity.length() - unit.getKey().length()))
                        .multiply(BigDecimal.valueOf(unit.getValue()));
                return bytes.divide(BigDecimal.valueOf(1L << 20), RoundingMode.FLOOR).longValue();
            }
        }
        return new BigDecimal(quantity).divide(BigDecimal.valueOf(1L << 20), RoundingMode.FLOOR).longValue();
    }
}
