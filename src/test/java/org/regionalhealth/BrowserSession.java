package org.regionalhealth;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Playwright driving Debian's Chromium (never a downloaded browser: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is set by
 * Surefire). Tests skip, visibly, where no {@code chromium} is installed; {@code .ci/run} installs it.
 */
public final class BrowserSession implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final String base;

    private BrowserSession(Playwright playwright, Browser browser, String base) {
        this.playwright = playwright;
        this.browser = browser;
        this.base = base;
    }

    public static BrowserSession open(int port) {
        var chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(chromium.isPresent(), "Debian's chromium is not installed (apt-get install chromium)");
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium.get())
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        return new BrowserSession(playwright, browser, "http://127.0.0.1:" + port);
    }

    /** A new page in a fresh context (no cookies), logged in as the user. */
    public Page loginAs(String username, String password) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))
                .newPage();
        page.navigate(base + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", password);
        page.click("#login-form button[type=submit]");
        page.waitForLoadState();
        return page;
    }

    /** A new page in a fresh context (no login) with the given viewport, e.g. 390 × 844 for a phone. */
    public Page anonymous(int width, int height) {
        return browser.newContext(
                        new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height))
                .newPage();
    }

    public String url(String path) {
        return base + path;
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
