package com.cinema.persistence;

import com.cinema.common.task.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compacts the embedded H2 database's file on a schedule. H2 2.3 compacts only from its background writer, and
 * {@code WRITE_DELAY=0} (cinema-persistence.xml: a killed server must lose no committed step) runs none: under
 * sustained writes every chunk that keeps a few live pages stayed for good, and the booking file grew to 5.9 GB for
 * about 150 MB of data in 13 minutes of the holds benchmark (docs/performance.md, "Seat holds"). Every
 * {@code cinema.h2.compaction-interval} this asks H2 to rewrite the sparsest chunks, at most
 * {@code cinema.h2.compaction-max-bytes} a run, on the server's default managed scheduler. Nothing runs on MySQL.
 *
 * <p>Each run is counted in {@code h2_compaction_runs_total} by outcome ({@code rewrote}, {@code unchanged}), and
 * {@code h2_file_size_bytes} is the size of the file the last run saw.
 */
@ApplicationScoped
public class H2FileHousekeeping {

    private static final Logger LOG = Logger.getLogger(H2FileHousekeeping.class.getName());

    static final Metadata RUNS = Metadata.builder().withName("h2_compaction_runs")
            .withDescription("Scheduled compactions of the embedded H2 file, by outcome: rewrote (sparse chunks "
                    + "rewritten) or unchanged (full enough, or H2's store busy)")
            .build();
    static final Metadata FILE_SIZE = Metadata.builder().withName("h2_file_size")
            .withDescription("Size of the embedded H2 database file at the last scheduled compaction")
            .withUnit(MetricUnits.BYTES).build();

    @Resource(lookup = "jdbc/cinema")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "cinema.h2.compaction-interval", defaultValue = "PT5S")
    Duration interval;

    /** Chunks less full than this (per cent of their pages still live) are rewritten. */
    @Inject
    @ConfigProperty(name = "cinema.h2.compaction-fill-rate", defaultValue = "50")
    int targetFillRate;

    @Inject
    @ConfigProperty(name = "cinema.h2.compaction-max-bytes", defaultValue = "4194304")
    int maxBytes;

    /**
     * The data source's own password (cinema-persistence.xml, {@code DB_PASSWORD}), for the session the compaction
     * opens; optional because MP Config reads an empty password as none.
     */
    @Inject
    @ConfigProperty(name = "db.password")
    Optional<String> password;

    @Inject
    MetricRegistry registry;

    private final AtomicLong fileBytes = new AtomicLong();
    private volatile PeriodicTask task;

    void start(@Observes SchemaMigrated migrated) {
        if (interval.isZero() || interval.isNegative() || !h2()) {
            return;
        }
        registry.gauge(FILE_SIZE, fileBytes, AtomicLong::get);
        task = PeriodicTask.every(interval, executor, LOG, "Compacting the H2 file", this::compactOnce);
        LOG.info(() -> "Compacting the H2 file every " + interval + " (chunks under " + targetFillRate + " % full)");
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    /** One run; a pooled connection keeps the database open while H2 works. */
    void compactOnce() {
        try (Connection pooled = dataSource.getConnection()) {
            H2FileCompaction.compact(pooled.getMetaData(), password.orElse(""), targetFillRate, maxBytes)
                    .ifPresent(run -> {
                        fileBytes.set(run.fileBytes());
                        String outcome = run.outcome().name().toLowerCase(Locale.ROOT);
                        registry.counter(RUNS, new Tag("outcome", outcome)).inc();
                        LOG.fine(() -> "Compacting the H2 file: " + run);
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** Read from the URL, so that a MySQL server never loads H2's classes (H2FileCompaction tells the rest). */
    private boolean h2() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:h2:");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot tell whether the database is H2; its file is not compacted: " + e);
            return false;
        }
    }
}
