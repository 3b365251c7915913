package com.cinema.persistence;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file of an H2 database written as the services write it ({@code WRITE_DELAY=0}: a chunk per commit, no
 * background writer): a table that only grows beside a few hot rows leaves chunks that keep a page or two alive
 * for good, and only a compaction frees them.
 */
class H2FileCompactionTest {

    @TempDir
    Path dir;

    @Test
    void chunksKeptAliveByAFewPagesAreRewrittenAndFreed() throws Exception {
        // RETENTION_TIME=0: a freed chunk is reusable at once, so the test sees the compaction, not H2's 45 s wait.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0", "sa", "")) {
            writeLikeAService(connection, 20_000);
            MVStore store = H2FileCompaction.store(connection).orElseThrow();
            long sparseBefore = chunksWithLivePages(store);
            assertThat(sparseBefore).as("chunks the writes left alive").isGreaterThan(300);

            for (int run = 0; run < 5; run++) {
                H2FileCompaction.compact(connection, 50, 4 << 20);
                writeLikeAService(connection, 1);
            }

            assertThat(chunksWithLivePages(store)).isLessThan(sparseBefore / 20);
            assertThat(store.getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(50);
            try (Statement count = connection.createStatement();
                 var rows = count.executeQuery("SELECT COUNT(*) FROM event")) {
                rows.next();
                assertThat(rows.getLong(1)).as("nothing lost on the way").isEqualTo(20_005);
            }
        }
    }

    @Test
    void aDatabaseWithoutAFileIsLeftAlone() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:compaction", "sa", "")) {
            assertThat(H2FileCompaction.compact(connection, 50, 4 << 20)).isFalse();
        }
    }

    /** One commit per row: an event appended (a table that only grows) and a hot row changed. */
    private static void writeLikeAService(Connection connection, int commits) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS event(seq BIGINT AUTO_INCREMENT PRIMARY KEY, k BIGINT, v VARCHAR(100))");
            ddl.execute("CREATE TABLE IF NOT EXISTS hot(id BIGINT PRIMARY KEY, v VARCHAR(100))");
        }
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO event(k, v) VALUES (?, ?)");
             PreparedStatement hot = connection.prepareStatement("MERGE INTO hot KEY(id) VALUES (?, ?)")) {
            for (int i = 0; i < commits; i++) {
                event.setLong(1, i % 300);
                event.setString(2, "seat event " + i);
                event.executeUpdate();
                hot.setLong(1, i % 50);
                hot.setString(2, "hold " + i);
                hot.executeUpdate();
            }
        }
    }

    private static long chunksWithLivePages(MVStore store) {
        long live = 0;
        for (Map.Entry<String, String> entry : store.getFileStore().getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith("chunk.")) {
                Map<String, String> chunk = DataUtils.parseMap(entry.getValue());
                long pages = DataUtils.readHexLong(chunk, "pages", 0);
                if (DataUtils.readHexLong(chunk, "livePages", pages) > 0) {
                    live++;
                }
            }
        }
        return live;
    }
}
