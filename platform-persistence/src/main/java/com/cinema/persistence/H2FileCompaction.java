package com.cinema.persistence;

import org.h2.Driver;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * H2's own compaction of its file. The only class of the platform that touches H2's engine classes (there is no
 * SQL for this in H2 2.3), so nothing else loads them when the service runs on MySQL.
 *
 * <p>H2 is reached through a session of its own: Liberty's pooled connections unwrap only to interfaces, and then
 * to a proxy, never to H2's {@code JdbcConnection}, whose session leads to the file store.
 */
final class H2FileCompaction {

    /** What one run did. */
    enum Outcome {
        /** Live pages of sparse chunks were rewritten; their chunks are freed once H2's retention has passed. */
        REWROTE,
        /** The chunks were full enough, or H2's store was busy for the 10 ms H2 waits for it. */
        UNCHANGED
    }

    /** What a run did and the size of the file it saw. */
    record Run(Outcome outcome, long fileBytes) {
    }

    private H2FileCompaction() {
    }

    /**
     * Opens a session of its own on the embedded H2 file database described by {@code database} (the metadata of a
     * pooled connection, which keeps the database open meanwhile) and compacts the file there: see
     * {@link #compact(Connection, int, int)}. Empty for anything but an embedded H2 file database.
     */
    static Optional<Run> compact(DatabaseMetaData database, String password, int targetFillRate, int maxBytes)
            throws SQLException {
        String url = database.getURL();
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", database.getUserName());
        credentials.setProperty("password", password);
        // IFEXISTS: never create a database here, whatever the URL says.
        try (Connection session = new Driver().connect(url + ";IFEXISTS=TRUE", credentials)) {
            return compact(session, targetFillRate, maxBytes);
        }
    }

    /**
     * Rewrites the live pages of the sparsest chunks ({@link MVStore#compact}, under H2's store lock, as H2's
     * background writer would) until the chunks are {@code targetFillRate} % full or {@code maxBytes} are written.
     * {@code session} must be H2's own connection, not a pool's wrapper; empty for an in-memory database.
     */
    static Optional<Run> compact(Connection session, int targetFillRate, int maxBytes) throws SQLException {
        Optional<MVStore> store = store(session);
        return store.map(mv -> new Run(mv.compact(targetFillRate, maxBytes) ? Outcome.REWROTE : Outcome.UNCHANGED,
                mv.getFileStore().size()));
    }

    /** The file store behind an embedded H2 connection; empty for in-memory H2 or an H2 server. */
    static Optional<MVStore> store(Connection session) throws SQLException {
        Session engine = session.unwrap(JdbcConnection.class).getSession();
        if (!(engine instanceof SessionLocal local)) {
            return Optional.empty();
        }
        Store store = local.getDatabase().getStore();
        return Optional.ofNullable(store).map(Store::getMvStore).filter(mv -> mv.getFileStore() != null);
    }
}
