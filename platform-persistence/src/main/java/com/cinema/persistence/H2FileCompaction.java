package com.cinema.persistence;

import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * H2's own compaction of its file, asked for through a connection of the embedded database. The only class of the
 * platform that touches H2's engine classes (there is no SQL for this in H2 2.3), so nothing else loads them when
 * the service runs on MySQL.
 */
final class H2FileCompaction {

    private H2FileCompaction() {
    }

    /**
     * Rewrites the live pages of the sparsest chunks ({@link MVStore#compact}, under H2's store lock, as H2's
     * background writer would) until the chunks are {@code targetFillRate} % full or {@code maxBytes} are written;
     * true when it wrote something. False for anything but an embedded H2 file database.
     */
    static boolean compact(Connection connection, int targetFillRate, int maxBytes) throws SQLException {
        return store(connection).map(store -> store.compact(targetFillRate, maxBytes)).orElse(false);
    }

    /** The file store behind an embedded H2 connection; empty for MySQL, in-memory H2 or an H2 server. */
    static Optional<MVStore> store(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return Optional.empty();
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)) {
            return Optional.empty();
        }
        Store store = local.getDatabase().getStore();
        return Optional.ofNullable(store).map(Store::getMvStore).filter(mv -> mv.getFileStore() != null);
    }
}
