package com.cinema.system.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The browser side of a browser test class, registered as a static extension field
 * ({@code @RegisterExtension static final BrowserSession session = new BrowserSession("failed-admin-");}):
 * one Debian Chromium for the class, the contexts each test opens (closed after it), the console errors and uncaught
 * page errors its pages report, and, when a test fails, the evidence of every open page saved before they close.
 * Also contexts kept open across the class's tests ({@link #keptContext}), for what takes a minute of real time.
 */
final class BrowserSession implements BeforeAllCallback, AfterTestExecutionCallback, AfterEachCallback,
        AfterAllCallback {

    private final String evidencePrefix;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<BrowserContext> keptContexts = new ArrayList<>();
    private final List<String> keptErrors = Collections.synchronizedList(new ArrayList<>());
    private Playwright playwright;
    private Browser browser;

    /** {@code evidencePrefix} starts the names of the files saved after a failure. */
    BrowserSession(String evidencePrefix) {
        this.evidencePrefix = evidencePrefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = BrowserKit.playwright();
        browser = BrowserKit.chromium(playwright);
    }

    /** A new context of the class's browser, with the tests' 15 s default wait; closed after the test. */
    BrowserContext context(Browser.NewContextOptions options) {
        return newContext(options, contexts);
    }

    /**
     * A new context kept open across the class's tests and closed after the last one, with the tests' 15 s default
     * wait. For what takes real time (a hold running out, a showtime starting): one test opens the pages and leaves
     * them running, a later one checks what they show then, and the minute in between is spent running the tests
     * between them rather than waiting. Its pages are opened with {@link #keptPage}.
     */
    BrowserContext keptContext(Browser.NewContextOptions options) {
        return newContext(options, keptContexts);
    }

    /** A context of the class's browser with the tests' 15 s default wait, in {@code closedWith} for its closing. */
    private BrowserContext newContext(Browser.NewContextOptions options, List<BrowserContext> closedWith) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        closedWith.add(context);
        return context;
    }

    /** A new page whose console errors and uncaught errors land in {@link #consoleErrors()}. */
    Page page(BrowserContext context) {
        return page(context, consoleErrors);
    }

    /**
     * A new page of a {@link #keptContext}: its errors land in {@link #keptErrors()}, not in those of whichever test
     * runs when they happen.
     */
    Page keptPage(BrowserContext context) {
        return page(context, keptErrors);
    }

    private static Page page(BrowserContext context, List<String> errors) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add(page.url() + ": uncaught " + error));
        return page;
    }

    /** What the current test's pages reported as errors (emptied after each test). */
    List<String> consoleErrors() {
        return consoleErrors;
    }

    /** What the pages of the kept contexts reported as errors, since they were opened. */
    List<String> keptErrors() {
        return keptErrors;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            List<BrowserContext> open = new ArrayList<>(contexts);
            open.addAll(keptContexts);
            List<String> errors = new ArrayList<>(consoleErrors);
            errors.addAll(keptErrors);
            BrowserKit.saveFailureEvidence(evidencePrefix, context.getRequiredTestMethod().getName(), open, errors);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        consoleErrors.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        keptContexts.forEach(BrowserContext::close);
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
