package com.cinema.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.cinema.deploy.Manifests.list;
import static com.cinema.deploy.Manifests.map;

/**
 * What the rendered NetworkPolicies allow, worked out the way a policy-enforcing CNI does: a pod is isolated
 * for a direction once any policy of that type selects it, and then only the union of those policies' peers may
 * pass. Peers are named for the checks: a workload of the namespace by its name, {@code namespace:<name>}, or
 * {@code ip:<cidr>}.
 */
final class NetworkAccess {

    private final Manifests manifests;

    NetworkAccess(Manifests manifests) {
        this.manifests = manifests;
    }

    /** Peers that may open a connection to the workload's pods (on any port). */
    Set<String> ingressPeers(String workload) {
        return peers(workload, "Ingress", "ingress", "from", null);
    }

    /** Peers the workload's pods may connect to on {@code port}. */
    Set<String> egressPeers(String workload, int port) {
        return peers(workload, "Egress", "egress", "to", port);
    }

    /** True when some policy isolates the workload's pods for this direction (Ingress or Egress). */
    boolean isolated(String workload, String policyType) {
        Map<String, Object> labels = podLabels(workload);
        return manifests.ofKind("NetworkPolicy")
                .anyMatch(p -> selects(map(p, "spec", "podSelector"), labels) && policyTypes(p).contains(policyType));
    }

    private Set<String> peers(String workload, String policyType, String rulesField, String peersField, Integer port) {
        Map<String, Object> labels = podLabels(workload);
        Set<String> peers = new TreeSet<>();
        manifests.ofKind("NetworkPolicy")
                .filter(p -> selects(map(p, "spec", "podSelector"), labels) && policyTypes(p).contains(policyType))
                .forEach(policy -> {
                    for (Map<String, Object> rule : list(policy, "spec", rulesField)) {
                        if (port != null && !allowsPort(rule, port)) {
                            continue;
                        }
                        List<Map<String, Object>> rulePeers = list(rule, peersField);
                        if (rulePeers.isEmpty()) {
                            peers.add("anyone");
                        }
                        rulePeers.forEach(peer -> peers.addAll(describe(peer)));
                    }
                });
        return peers;
    }

    private Set<String> describe(Map<String, Object> peer) {
        Set<String> described = new TreeSet<>();
        if (peer.containsKey("ipBlock")) {
            described.add("ip:" + map(peer, "ipBlock").get("cidr"));
        } else if (peer.containsKey("namespaceSelector")) {
            Object name = map(peer, "namespaceSelector", "matchLabels").get("kubernetes.io/metadata.name");
            described.add("namespace:" + (name == null ? "any" : name));
        } else {
            Map<String, Object> selector = map(peer, "podSelector");
            manifests.workloads()
                    .filter(w -> selects(selector, map(w, "spec", "template", "metadata", "labels")))
                    .forEach(w -> described.add(Manifests.nameOf(w)));
        }
        return described;
    }

    private static boolean allowsPort(Map<String, Object> rule, int port) {
        List<Map<String, Object>> ports = list(rule, "ports");
        return ports.isEmpty() || ports.stream().anyMatch(p -> String.valueOf(port).equals(String.valueOf(p.get("port"))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> policyTypes(Map<String, Object> policy) {
        Object types = Manifests.at(policy, "spec", "policyTypes");
        return types instanceof List<?> ? (List<String>) types : List.of("Ingress");
    }

    private Map<String, Object> podLabels(String workload) {
        return manifests.workloads().filter(w -> workload.equals(Manifests.nameOf(w))).findFirst()
                .map(w -> map(w, "spec", "template", "metadata", "labels"))
                .orElseThrow(() -> new AssertionError(manifests + ": no workload " + workload));
    }

    /** Label selector semantics: every matchLabels pair and every matchExpressions In/NotIn/Exists holds. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        for (Map.Entry<String, Object> label : map(selector, "matchLabels").entrySet()) {
            if (!String.valueOf(label.getValue()).equals(String.valueOf(labels.get(label.getKey())))) {
                return false;
            }
        }
        for (Map<String, Object> expression : list(selector, "matchExpressions")) {
            Object value = labels.get(String.valueOf(expression.get("key")));
            List<?> values = expression.get("values") instanceof List<?> l ? l : List.of();
            boolean holds = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
