package com.cinema.common.health;

/**
 * Where a {@link DemoData} loader stands: not started, not wanted (demo data off), loading, done or failed. Safe to
 * update from the loader's thread and read from health checks'.
 */
public final class DemoDataState {

    private enum Stage { NOT_STARTED, NOT_WANTED, LOADING, DONE, FAILED }

    private record Now(Stage stage, String detail) {
    }

    private volatile Now now = new Now(Stage.NOT_STARTED, null);

    /** Demo data is off for this server: nothing will be loaded, and that is fine. */
    public void notWanted() {
        now = new Now(Stage.NOT_WANTED, null);
    }

    public void loading(String detail) {
        now = new Now(Stage.LOADING, detail);
    }

    /** Loaded (or found already there); {@code detail} says what, e.g. "2 accounts". */
    public void done(String detail) {
        now = new Now(Stage.DONE, detail);
    }

    /** Loading failed and will not be tried again by itself. Only the message is kept, never a stack trace. */
    public void failed(Throwable cause) {
        now = new Now(Stage.FAILED, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** Nothing left to wait for: loaded, or not wanted. */
    public boolean settled() {
        Stage stage = now.stage();
        return stage == Stage.DONE || stage == Stage.NOT_WANTED;
    }

    /** For the health data: e.g. "done: 2 accounts", "not wanted", "loading: waiting for the movie service". */
    public String describe() {
        Now current = now;
        String stage = current.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return current.detail() == null ? stage : stage + ": " + current.detail();
    }
}
