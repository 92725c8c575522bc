package org.regionalhealth.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/**
 * Every role's walk (issue 16, "Done means"): each demo account logs in, lands on its home and follows every menu
 * entry, first on a desktop (1440 px) and then on a phone (390 px). On every page: no HTTP error (the page or any
 * request it makes), no unlabelled enum or code ({@code [A-Z_]{4,}} outside elements marked {@code class="code"} or
 * {@code <code>}), no English word on the Chinese page, every long table paged and, on the phone, no sideways
 * scroll. Page times are not asserted (a shared machine is no benchmark): they are written to
 * {@code target/role-walk.md} together with every failure.
 */
@PlatformIntegrationTest
class RoleWalkBrowserTests extends BrowserTest {

    /** A table longer than this must come with a pager (the platform's pages show 20 or 50 rows). */
    static final int LONGEST_UNPAGED_TABLE = 50;

    /** Upper-case runs that are names, not codes: units and the platform's own abbreviations a user reads. */
    static final Set<String> WORDS_NOT_CODES = Set.of("AIDS", "SARS", "MERS", "HBsAg", "COVID", "ECMO");

    /**
     * Latin words a Chinese page may show: units and abbreviations read as such in Chinese practice, and the names of
     * file formats and products a user picks (导出 Excel, 上传 YAML).
     */
    static final Set<String> LATIN_ALLOWED =
            Set.of("mmHg", "mmol", "umol", "kcal", "eGFR", "CrCl", "Excel", "YAML", "FHIR", "CSV", "ECharts");

    /** File formats named in upload help (not codes). */
    static final Set<String> FORMAT_NAMES = Set.of("YAML", "FHIR", "UTF");

    /** The API documentation (Swagger UI) is a developer tool in English: reached from the menu, not checked. */
    static final Set<String> NOT_CHECKED = Set.of("/swagger-ui/index.html");

    /**
     * Pages other engineers are reworking this session (drug pages, vaccination): their findings are written to the
     * report for them, not asserted here.
     */
    static final List<String> OWNED_ELSEWHERE = List.of("/drugs", "/vaccination");

    static final Pattern CODE = Pattern.compile("[A-Z_]{4,}");
    static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z0-9_./-])[A-Za-z][a-z]{3,}(?![A-Za-z0-9_])");

    /** Visible text of the page, leaving out code columns, the language switch and what is hidden. */
    static final String VISIBLE_TEXT =
            """
            () => {
              const skip = 'script, style, template, code, .code, .lang, [hidden], [aria-hidden=true]';
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!el || el.closest(skip)) continue;
                const t = n.textContent.trim();
                if (t) out.push(t);
              }
              for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
                if (!el.closest(skip)) out.push(el.placeholder);
              }
              for (const el of document.querySelectorAll('option')) {
                if (!el.closest(skip)) out.push(el.textContent.trim());
              }
              return out.join('\\n');
            }""";

    static final String LONGEST_TABLE =
            "() => Math.max(0, ...[...document.querySelectorAll('table')].map(t => t.querySelectorAll('tbody tr').length))";

    static final Map<String, List<String>> FAILURES = new ConcurrentHashMap<>();
    static final Map<String, List<String>> TIMES = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "pharmacist",
                "senior-pharmacist",
                "doctor",
                "village-doctor",
                "cdc",
                "school-nurse",
                "resident",
                "vaccination-nurse"
            })
    void everyMenuEntryOfTheRoleReadsInChineseIsPagedAndFitsAPhone(String username) {
        var failures = new ArrayList<String>();
        var times = new ArrayList<String>();
        var page = browser.loginAs(username, ApiClient.DEMO_PASSWORD);
        page.onResponse(response -> {
            if (response.status() >= 400 && response.url().startsWith(browser.url("/"))) {
                failures.add("HTTP " + response.status() + " " + path(response.url()));
            }
        });
        page.setViewportSize(1440, 900);
        page.navigate(browser.url("/"));
        assertThat(page.url()).as(username + " lands on the home page").isEqualTo(browser.url("/"));
        var paths = new LinkedHashSet<String>();
        paths.add("/");
        for (Object href : (List<?>)
                page.evaluate("() => [...document.querySelectorAll('nav.mainnav a[href], .service-tiles a[href]')]"
                        + ".map(a => a.getAttribute('href'))")) {
            paths.add(String.valueOf(href));
        }
        assertThat(paths).as(username + " has menu entries").hasSizeGreaterThan(1);

        for (String path : paths) {
            long started = System.nanoTime();
            Response response = page.navigate(browser.url(path));
            long millis = (System.nanoTime() - started) / 1_000_000;
            page.waitForLoadState(LoadState.NETWORKIDLE);
            times.add("| " + path + " | " + millis + " |");
            if (response == null || response.status() >= 400 || NOT_CHECKED.contains(path)) {
                continue; // an error is counted by the response listener
            }
            String text = (String) page.evaluate(VISIBLE_TEXT);
            for (var line : text.split("\n")) {
                var code = CODE.matcher(line);
                while (code.find()) {
                    if (!WORDS_NOT_CODES.contains(code.group()) && !FORMAT_NAMES.contains(code.group())) {
                        failures.add("code " + path + " «" + excerpt(line) + "»");
                    }
                }
                var word = ENGLISH_WORD.matcher(line);
                while (word.find()) {
                    if (!LATIN_ALLOWED.contains(word.group())) {
                        failures.add("English " + path + " «" + excerpt(line) + "»");
                    }
                }
            }
            int rows = ((Number) page.evaluate(LONGEST_TABLE)).intValue();
            if (rows > LONGEST_UNPAGED_TABLE && page.locator(".pager").count() == 0) {
                failures.add("unpaged " + path + " (" + rows + " rows)");
            }
        }

        page.setViewportSize(390, 844);
        for (String path : paths) {
            var response = page.navigate(browser.url(path));
            if (response == null || response.status() >= 400) {
                continue;
            }
            var widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
            int scroll = ((Number) widths.get(0)).intValue();
            int width = ((Number) widths.get(1)).intValue();
            if (scroll > width) {
                failures.add("phone " + path + " scrolls sideways (" + scroll + " px > " + width + " px)");
            }
        }
        page.context().close();

        var distinct = List.copyOf(new LinkedHashSet<>(failures));
        FAILURES.put(username, distinct);
        TIMES.put(username, times);
        assertThat(distinct.stream()
                        .filter(failure -> OWNED_ELSEWHERE.stream().noneMatch(owned -> failure.contains(" " + owned))))
                .as(username + "'s walk")
                .isEmpty();
    }

    @AfterAll
    void writeReport() throws IOException {
        var report = new StringBuilder("# Role walk (RoleWalkBrowserTests)\n\n");
        report.append("Page times are the browser's navigation to `load` on the shared test context (small demo")
                .append(" district); they are recorded, never asserted.\n");
        for (var role : new java.util.TreeSet<>(TIMES.keySet())) {
            report.append("\n## ").append(role).append("\n\n| page | ms |\n|---|---|\n");
            TIMES.get(role).forEach(line -> report.append(line).append('\n'));
            var failures = FAILURES.getOrDefault(role, List.of());
            report.append("\nFailures: ")
                    .append(failures.isEmpty() ? "none" : "")
                    .append('\n');
            // grouped by kind and page, a few examples each (a reference list can fail on hundreds of rows)
            var grouped = new java.util.LinkedHashMap<String, List<String>>();
            for (var failure : failures) {
                String[] parts = failure.split(" ", 3);
                grouped.computeIfAbsent(parts[0] + " " + parts[1], k -> new ArrayList<>())
                        .add(parts.length > 2 ? parts[2] : "");
            }
            grouped.forEach((key, examples) -> {
                boolean elsewhere = OWNED_ELSEWHERE.stream().anyMatch(owned -> key.contains(" " + owned));
                report.append("- ")
                        .append(key)
                        .append(elsewhere ? " (page under work elsewhere, not asserted)" : "")
                        .append(" ×")
                        .append(examples.size())
                        .append(": ")
                        .append(String.join(" ", examples.subList(0, Math.min(3, examples.size()))))
                        .append('\n');
            });
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/role-walk.md"), report);
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static String excerpt(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
