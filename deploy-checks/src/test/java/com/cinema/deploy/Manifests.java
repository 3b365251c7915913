package com.cinema.deploy;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Rendered Kubernetes objects (plain maps from SnakeYAML) and the few ways the checks look into them. */
final class Manifests {

    private final String name;
    private final List<Map<String, Object>> objects;

    private Manifests(String name, List<Map<String, Object>> objects) {
        this.name = name;
        this.objects = objects;
    }

    @SuppressWarnings("unchecked")
    static Manifests parse(String name, String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document instanceof Map<?, ?> map) {
                objects.add((Map<String, Object>) map);
            }
        }
        return new Manifests(name, objects);
    }

    @Override
    public String toString() {
        return name;
    }

    Stream<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")));
    }

    Optional<Map<String, Object>> find(String kind, String objectName) {
        return ofKind(kind).filter(o -> objectName.equals(string(o, "metadata", "name"))).findFirst();
    }

    Map<String, Object> get(String kind, String objectName) {
        return find(kind, objectName).orElseThrow(() -> new AssertionError(name + ": no " + kind + " " + objectName));
    }

    /** Deployments and StatefulSets. */
    Stream<Map<String, Object>> workloads() {
        return objects.stream().filter(o -> "Deployment".equals(o.get("kind")) || "StatefulSet".equals(o.get("kind")));
    }

    static String nameOf(Map<String, Object> object) {
        return string(object, "metadata", "name");
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(workload, "spec", "template", "spec");
    }

    /** Every container of a workload's pod, init containers included. */
    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        List<Map<String, Object>> all = new ArrayList<>(list(podSpec(workload), "containers"));
        all.addAll(list(podSpec(workload), "initContainers"));
        return all;
    }

    // --- navigation in plain maps: a missing step gives null / an empty map or list, never an exception ---

    static Object at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof List<?> ? (List<Map<String, Object>>) value : List.of();
    }

    static String string(Object node, String... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }
}
