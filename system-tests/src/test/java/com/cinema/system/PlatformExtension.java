package com.cinema.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for all system test classes (on fresh data) and stops it when the test run
 * ends, so that each class does not pay for seven server starts.
 */
public class PlatformExtension implements BeforeAllCallback {

    private static final Platform PLATFORM = new Platform();

    static Platform platform() {
        return PLATFORM;
    }

    /** Where the servers write their e-mails as .eml files (no SMTP host in the local run). */
    public static java.nio.file.Path mailDir() {
        return PLATFORM.dataDir().resolve("mail");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StartedPlatform.class, key -> new StartedPlatform(), StartedPlatform.class);
    }

    /** Closed by JUnit after the last test class. */
    static final class StartedPlatform implements ExtensionContext.Store.CloseableResource {

        StartedPlatform() {
            try {
                PLATFORM.resetData();
                PLATFORM.start();
            } catch (Exception e) {
                // The servers that did start (a start that timed out leaves them running) go too, so the next run
                // finds its ports free.
                try {
                    PLATFORM.stop();
                } catch (Exception stopFailure) {
                    e.addSuppressed(stopFailure);
                }
                throw new IllegalStateException("the platform did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            PLATFORM.stop();
        }
    }
}
