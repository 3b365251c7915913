package com.cinema.system.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portal's browser tests share: Debian's Chromium, full-page screenshots and the axe-core check. */
final class BrowserKit {

    static final Path SCREENSHOTS = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    private static String axe;

    private BrowserKit() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /**
     * A Playwright whose routes also see the service worker's own requests (an experimental switch of the driver):
     * without it, going offline does not reach what the service worker fetches.
     */
    static Playwright playwrightSeeingServiceWorkers() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("browser.executable", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // lazy images below the fold would be blank in a full-page picture
        page.evaluate("() => Promise.all([...document.images].map(img => { img.loading = 'eager';"
                + " return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; }); }))");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * After a failed test: a screenshot and the address, text and console errors of every open page, named
     * {@code <prefix><test>-<n>}, to see what the browser saw. A page that is already gone is skipped.
     */
    static void saveFailureEvidence(String prefix, String test, List<BrowserContext> contexts, List<String> consoleErrors) {
        int n = 0;
        for (BrowserContext browserContext : contexts) {
            for (Page page : browserContext.pages()) {
                String name = prefix + test + "-" + n++;
                try {
                    screenshot(page, name);
                    Files.writeString(SCREENSHOTS.resolve(name + ".txt"), page.url() + "\n" + page.innerText("body")
                            + "\n--- console errors ---\n" + String.join("\n", consoleErrors));
                } catch (IOException | RuntimeException e) {
                    // the page may be gone; the failure itself is what matters
                }
            }
        }
    }

    /**
     * axe-core on the page as it is: no serious or critical violation. And no missing value printed as text (a
     * {@code null} child handed to the DOM becomes the word "null"): every screen checked for accessibility is checked
     * for that too.
     */
    @SuppressWarnings("unchecked")
    static void assertNoSeriousViolations(Page page, String where) {
        List<Object> broken = (List<Object>) page.evaluate("() => {"
                + " const found = [];"
                + " const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
                + "   const text = node.nodeValue.trim();"
                + "   if (['null', 'undefined', 'NaN'].includes(text) || text.includes('[object Object]')) {"
                + "     found.push(text + ' in <' + node.parentElement.tagName.toLowerCase() + '>');"
                + "   }"
                + " }"
                + " return found; }");
        assertThat(broken).as("values printed as null, undefined, NaN or [object Object] on " + where).isEmpty();
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
        }
        List<Object> violations = (List<Object>) page.evaluate("async () => {"
                + " const result = await axe.run(document, { resultTypes: ['violations'] });"
                + " return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "   .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '));"
                + "}");
        assertThat(violations).as("serious or critical accessibility violations on " + where).isEmpty();
    }

    private static synchronized String axeScript() {
        if (axe == null) {
            try {
                axe = Files.readString(Paths.get(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
