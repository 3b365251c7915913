package com.cinema.common.json;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's shared code builds and reads JSON through the one cached provider (issue #16). */
class JsonPTest {

    /** jakarta.json.Json's static factories, each of which looks the provider up again. */
    private static final Pattern PROVIDER_LOOKUP = Pattern.compile("\\bJson\\.(create|provider)\\w*\\(");

    @Test
    void sharedCodeNeverLooksTheProviderUpPerCall() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("JsonP.java"))
                    .filter(JsonPTest::looksProviderUp)
                    .toList();
        }
        assertThat(offenders).as("use JsonP.PROVIDER instead of jakarta.json.Json's static methods").isEmpty();
    }

    @Test
    void theProviderBuildsAndReadsJson() {
        String text = JsonP.PROVIDER.createObjectBuilder().add("code", "VALIDATION").build().toString();
        assertThat(JsonP.PROVIDER.createReader(new java.io.StringReader(text)).readObject().getString("code"))
                .isEqualTo("VALIDATION");
    }

    private static boolean looksProviderUp(Path source) {
        try {
            return PROVIDER_LOOKUP.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
