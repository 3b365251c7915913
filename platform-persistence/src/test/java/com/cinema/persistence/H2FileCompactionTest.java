package com.cinema.persistence;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file of an H2 database written as the services write it ({@code WRITE_DELAY=0}: a chunk per commit, no
 * background writer): a table that only grows beside a few hot rows leaves chunks that keep a page or two alive
 * for good, and only a compaction frees them. The compaction is asked for as the services ask for it: through a
 * pooled connection that, like Liberty's, unwraps to no H2 class.
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

            Connection pooled = likeLibertysPool(connection);
            long fileBytes = Files.size(dir.resolve("db.mv.db"));
            List<H2FileCompaction.Run> runs = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                runs.add(H2FileCompaction.compact(pooled.getMetaData(), "", 50, 4 << 20).orElseThrow());
                writeLikeAService(connection, 1);
            }

            assertThat(runs.get(0).outcome()).isEqualTo(H2FileCompaction.Outcome.REWROTE);
            assertThat(runs.get(0).fileBytes()).isEqualTo(fileBytes);
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
            assertThat(H2FileCompaction.compact(connection.getMetaData(), "", 50, 4 << 20)).isEmpty();
            assertThat(H2FileCompaction.compact(connection, 50, 4 << 20)).isEmpty();
        }
    }

    @Test
    void theCompactionNeverCreatesADatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "")) {
            DatabaseMetaData elsewhere = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getURL" -> "jdbc:h2:file:" + dir.resolve("gone");
                        case "getUserName" -> "SA";
                        default -> method.invoke(connection.getMetaData(), args);
                    });
            assertThatThrownBy(() -> H2FileCompaction.compact(elsewhere, "", 50, 4 << 20))
                    .isInstanceOf(SQLException.class);
            assertThat(dir.resolve("gone.mv.db")).doesNotExist();
        }
    }

    /**
     * A pooled connection as Liberty hands it out: it and its metadata unwrap only to interfaces, never to the
     * driver's classes (WSJdbcWrapper.isWrapperFor / unwrap), the metadata leads back to the wrapper, and the rest
     * is passed on.
     */
    private static Connection likeLibertysPool(Connection h2) throws SQLException {
        Connection[] pooled = new Connection[1];
        DatabaseMetaData metaData = wrapper(DatabaseMetaData.class, h2.getMetaData(),
                method -> method.getName().equals("getConnection") ? pooled[0] : null);
        pooled[0] = wrapper(Connection.class, h2, method -> method.getName().equals("getMetaData") ? metaData : null);
        return pooled[0];
    }

    private static <T> T wrapper(Class<T> type, T target, Function<Method, Object> wrapped) {
        return type.cast(Proxy.newProxyInstance(H2FileCompactionTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("isWrapperFor")) {
                        return ((Class<?>) args[0]).isInterface() && (boolean) method.invoke(target, args);
                    }
                    if (method.getName().equals("unwrap") && !((Class<?>) args[0]).isInterface()) {
                        throw new SQLException(args[0] + " is not an interface");
                    }
                    Object own = wrapped.apply(method);
                    return own != null ? own : method.invoke(target, args);
                }));
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
