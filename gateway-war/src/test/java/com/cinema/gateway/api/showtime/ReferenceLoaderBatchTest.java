package com.cinema.gateway.api.showtime;

import com.cinema.common.error.UpstreamUnavailableException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceLoaderBatchTest {

    private final List<List<String>> calls = new ArrayList<>();

    private Function<List<String>, Map<String, Object>> knows(String... known) {
        return ids -> {
            calls.add(List.copyOf(ids));
            Map<String, Object> byId = new HashMap<>();
            for (String id : ids) {
                if (List.of(known).contains(id)) {
                    byId.put(id, "movie " + id);
                }
            }
            return byId;
        };
    }

    @Test
    void firstRowLoadsEveryRegisteredIdInOneCallAndLaterRowsReadTheCache() {
        ReferenceLoader.Batch batch = new ReferenceLoader.Batch();
        batch.register("1");
        batch.register("2");
        batch.register("1");
        batch.register("3");

        assertThat(batch.get("2", knows("1", "2", "3"))).isEqualTo("movie 2");
        assertThat(batch.get("1", knows("1", "2", "3"))).isEqualTo("movie 1");
        assertThat(batch.get("3", knows("1", "2", "3"))).isEqualTo("movie 3");

        assertThat(calls).containsExactly(List.of("1", "2", "3"));
    }

    @Test
    void unknownIdsAreNullAndNotAskedForAgain() {
        ReferenceLoader.Batch batch = new ReferenceLoader.Batch();
        batch.register("1");
        batch.register("404");

        assertThat(batch.get("404", knows("1"))).isNull();
        assertThat(batch.get("404", knows("1"))).isNull();
        assertThat(batch.get("1", knows("1"))).isEqualTo("movie 1");
        assertThat(calls).hasSize(1);
    }

    @Test
    void idsRegisteredAfterALoadGoInTheNextLoadOnly() {
        ReferenceLoader.Batch batch = new ReferenceLoader.Batch();
        batch.register("1");
        batch.get("1", knows("1", "2"));
        batch.register("1");
        batch.register("2");

        assertThat(batch.pending()).containsExactly("2");
        assertThat(batch.get("2", knows("1", "2"))).isEqualTo("movie 2");
        assertThat(calls).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void aFailedLoadFailsEveryRowOfItWithoutAskingTheServiceAgain() {
        ReferenceLoader.Batch batch = new ReferenceLoader.Batch();
        batch.register("1");
        batch.register("2");
        UpstreamUnavailableException down = new UpstreamUnavailableException("movie", new RuntimeException("timeout"));
        Function<List<String>, Map<String, Object>> failing = ids -> {
            calls.add(List.copyOf(ids));
            throw down;
        };

        assertThatThrownBy(() -> batch.get("1", failing)).isSameAs(down);
        assertThatThrownBy(() -> batch.get("2", failing)).isSameAs(down);
        assertThat(calls).containsExactly(List.of("1", "2"));
    }
}
