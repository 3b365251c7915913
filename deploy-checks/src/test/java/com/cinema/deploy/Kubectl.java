package com.cinema.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the client-only commands the checks need: {@code kubectl kustomize} and deploy/k8s/make-secrets.sh (which
 * uses {@code kubectl create secret --dry-run=client}). No cluster is contacted.
 */
final class Kubectl {

    private final String executable;

    Kubectl(String executable) {
        this.executable = executable;
    }

    /** The kubectl named by the build ({@code -Dkubectl=...}), else the one on the PATH. */
    static Kubectl fromBuild() {
        String configured = System.getProperty("kubectl", "");
        return new Kubectl(configured.isBlank() || configured.startsWith("${") ? "kubectl" : configured);
    }

    /** {@code kubectl kustomize <dir>}: the rendered objects as YAML. */
    String kustomize(Path directory) {
        return run(List.of(executable, "kustomize", directory.toString()), Map.of());
    }

    /** Runs a script that itself calls kubectl, with this kubectl first on its PATH. */
    String script(Path script, List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        return run(command, environment);
    }

    private String run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path binary = Path.of(executable);
        if (binary.isAbsolute()) {
            builder.environment().put("PATH", binary.getParent() + ":" + System.getenv("PATH"));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            // Never a silent pass: without kubectl nothing about the manifests is known.
            throw new IllegalStateException("cannot run " + command.get(0) + " (" + e.getMessage() + "): the Kubernetes "
                    + "manifests are checked by rendering them with kubectl. Install it (Debian: apt-get install "
                    + "kubernetes-client; .ci/run does) or point -Dkubectl=/path/to/kubectl at one.", e);
        }
        try {
            // Read stderr on its own thread so a chatty command cannot block on a full pipe.
            CompletableFuture<String> stderr = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    stderr.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    stderr.complete("");
                }
            });
            reader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + ":\n" + stderr.get(10, TimeUnit.SECONDS));
            }
            return out;
        } catch (IOException | InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not be run to the end: " + e, e);
        }
    }
}
