package org.regionalhealth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on the shared platform context: one Chromium per test class, opened before the first test and
 * closed after the last. Subclasses carry {@link PlatformIntegrationTest} themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected BrowserSession browser;

    @BeforeAll
    void openBrowser() {
        browser = BrowserSession.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
