package com.cinema.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what one {@link Logger} publishes while a test provokes failures on purpose, and keeps those records off
 * the console: a test that plays a hundred failing rows asserts on the warnings instead of printing a hundred stack
 * traces into the build log. Use with try-with-resources; closing restores the logger.
 */
public final class LogRecorder extends Handler implements AutoCloseable {

    private final Logger logger;
    private final boolean usedParentHandlers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecorder(Logger logger) {
        this.logger = logger;
        this.usedParentHandlers = logger.getUseParentHandlers();
    }

    /** Starts recording the logger named after {@code type} (the usual {@code Logger.getLogger(X.class.getName())}). */
    public static LogRecorder of(Class<?> type) {
        LogRecorder recorder = new LogRecorder(Logger.getLogger(type.getName()));
        recorder.logger.addHandler(recorder);
        recorder.logger.setUseParentHandlers(false);
        return recorder;
    }

    /** Every record published so far, in order. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records at {@code level} exactly. */
    public List<LogRecord> at(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).toList();
    }

    @Override
    public void publish(LogRecord logRecord) {
        records.add(logRecord);
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
