package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a reader takes in at a glance, in headless Chromium: every card fits the window with its
 * verdict line first, on a desktop and as a phone's bottom sheet; marks tell the verdict families
 * apart by more than colour; the summaries filter the ledger; axe in light and dark; and the printed
 * article keeps every verdict and no figure id. Screenshots go to target/screenshots/cards/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CardsBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots/cards");
    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(375, 812);
    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = HeadlessChromium.chinese(profile, "1280,800");
        browser = HeadlessChromium.start(options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private JavascriptExecutor js() {
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Sets the page's viewport (not the window) to the size, so that innerWidth and innerHeight are exactly it. */
    private void viewport(Dimension size, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private void defaultViewport() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void everyCardFitsADesktopAndAPhoneWithTheVerdictLineFirst() throws Exception {
        // the English page too: its words are longer, so its cards are taller
        try {
            for (String lang : List.of("zh", "en")) {
                for (Dimension size : List.of(DESKTOP, PHONE)) {
                    boolean phone = size.equals(PHONE);
                    boolean chinese = lang.equals("zh");
                    viewport(size, phone);
                    try {
                        browser.get(url("/articles/baidu-sora?lang=" + lang));
                        // every figure's mark and every statement's words (a statement in several runs once)
                        @SuppressWarnings("unchecked")
                        List<String> ids = (List<String>)
                                js().executeScript(
                                                "var seen = {}; document.querySelectorAll('article [data-figure-id], article [data-statement-id]')"
                                                        + ".forEach(function (e) { var s = e.getAttribute('data-statement-id');"
                                                        + " seen[s ? 'statement:' + s : e.getAttribute('data-figure-id')] = 1; }); return Object.keys(seen);");
                        assertThat(ids).hasSizeGreaterThanOrEqualTo(20);
                        int notesShown = 0;
                        for (String id : ids) {
                            WebElement figure = browser.findElement(By.cssSelector(
                                    id.startsWith("statement:")
                                            ? "article [data-statement-id='" + id.substring("statement:".length())
                                                    + "']"
                                            : "article [data-figure-id='" + id + "']"));
                            WebElement card = browser.findElement(By.cssSelector("[data-card-for='" + id + "']"));
                            js().executeScript(
                                            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();",
                                            figure);
                            new WebDriverWait(browser, Duration.ofSeconds(5))
                                    .until(ExpectedConditions.visibilityOf(card));
                            @SuppressWarnings("unchecked")
                            Map<String, Object> box = (Map<String, Object>) js().executeScript(
                                            "var c = arguments[0], r = c.getBoundingClientRect(), v = c.querySelector('.card-value') || c.querySelector('.card-label');"
                                                    + "var next = v.nextElementSibling; while (next && next.hidden) next = next.nextElementSibling;"
                                                    + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                                                    + " width: document.documentElement.clientWidth, height: window.innerHeight,"
                                                    + " scroll: c.scrollHeight - c.clientHeight, next: next ? next.className : '',"
                                                    + " line: next ? next.textContent.trim() : ''};",
                                            card);
                            String where = id + " at " + size + " in " + lang;
                            assertThat(((Number) box.get("left")).doubleValue())
                                    .as("left of " + where)
                                    .isGreaterThanOrEqualTo(0);
                            assertThat(((Number) box.get("top")).doubleValue())
                                    .as("top of " + where)
                                    .isGreaterThanOrEqualTo(0);
                            assertThat(((Number) box.get("right")).doubleValue())
                                    .as("right of " + where)
                                    .isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
                            assertThat(((Number) box.get("bottom")).doubleValue())
                                    .as("bottom of " + where)
                                    .isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
                            assertThat(((Number) box.get("scroll")).intValue())
                                    .as("scrolling inside the card of " + where)
                                    .isLessThanOrEqualTo(0);
                            assertThat((String) box.get("next"))
                                    .as("the line after the value of " + where)
                                    .contains("verdict-line");
                            assertThat((String) box.get("line"))
                                    .as("the verdict line of " + where)
                                    .isNotBlank();
                            // the page is Chinese, so is every note a card shows
                            for (WebElement note : card.findElements(By.cssSelector(".card-note"))) {
                                if (note.isDisplayed()) {
                                    notesShown++;
                                    if (chinese) {
                                        assertThat(note.getText())
                                                .as("note of " + where)
                                                .containsPattern("\\p{IsHan}");
                                    }
                                }
                            }
                            if (phone) {
                                assertThat(card.findElement(By.cssSelector("[data-card-close]"))
                                                .isDisplayed())
                                        .as("close button of " + where)
                                        .isTrue();
                                if (id.equals("total-power") && chinese) {
                                    screenshot("phone-bottom-sheet.png");
                                }
                            } else if (id.equals("total-power") && chinese) {
                                screenshot("card-total-power.png");
                            } else if (id.equals("clip-price") && !chinese) {
                                screenshot("card-clip-price-en.png");
                            }
                            new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                            new WebDriverWait(browser, Duration.ofSeconds(5))
                                    .until(ExpectedConditions.invisibilityOf(card));
                        }
                        assertThat(notesShown)
                                .as("notes shown on the cards at " + size)
                                .isGreaterThanOrEqualTo(15);
                    } finally {
                        defaultViewport();
                    }
                }
            }
        } finally {
            // the language stays in a cookie: the other tests read the Chinese page
            browser.get(url("/articles/baidu-sora?lang=zh"));
        }
    }

    @Test
    void onAPhoneTheSheetsCloseButtonClosesIt() throws Exception {
        viewport(PHONE, true);
        try {
            browser.get(url("/articles/baidu-sora"));
            WebElement figure = browser.findElement(By.cssSelector("article [data-figure-id='total-power']"));
            WebElement card = browser.findElement(By.cssSelector("[data-card-for='total-power']"));
            js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", figure);
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
            assertThat(card.getAttribute("class")).contains("sheet");
            card.findElement(By.cssSelector("[data-card-close]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(card));
        } finally {
            defaultViewport();
        }
    }

    @Test
    void marksOfDifferentVerdictFamiliesDifferInMoreThanColour() {
        browser.get(url("/articles/baidu-sora"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> marks = (List<Map<String, String>>) js().executeScript(
                        "return Array.prototype.map.call(document.querySelectorAll('article a.figure'), function (a) {"
                                + "  var s = getComputedStyle(a), family = /family-([a-z-]+)/.exec(a.className);"
                                + "  return {family: family ? family[1] : '', look: s.borderBottomStyle + ' ' + s.borderBottomWidth,"
                                + "          name: a.getAttribute('aria-label') || '', text: a.textContent}; });");
        Map<String, String> lookOfFamily = new java.util.HashMap<>();
        Map<String, String> words = Map.of(
                "supported",
                "有据可查",
                "approximate",
                "大致属实",
                "wrong",
                "归属有误",
                "unverifiable",
                "无法核实",
                "not-judged",
                "未评判");
        for (Map<String, String> mark : marks) {
            String family = mark.get("family");
            assertThat(words).as("family of " + mark.get("text")).containsKey(family);
            assertThat(mark.get("name"))
                    .as("accessible name of " + mark.get("text"))
                    .startsWith(mark.get("text"))
                    .contains(words.get(family));
            String before = lookOfFamily.putIfAbsent(family, mark.get("look"));
            assertThat(before == null || before.equals(mark.get("look")))
                    .as("one look per family")
                    .isTrue();
        }
        assertThat(lookOfFamily.keySet())
                .as("families in the shipped article")
                .contains("supported", "approximate", "wrong", "unverifiable", "not-judged");
        assertThat(new HashSet<>(lookOfFamily.values()))
                .as("underlines, not colours: " + lookOfFamily)
                .hasSize(lookOfFamily.size());
        // The legend shows each family's underline beside its words.
        assertThat(browser.findElements(By.cssSelector(".mark-legend .sample"))).hasSize(5);
    }

    @Test
    void eachCountOfTheSummaryOpensTheLedgerFilteredToItWithAndWithoutJavaScript() throws Exception {
        for (boolean script : List.of(true, false)) {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !script));
            try {
                browser.get(url("/"));
                WebElement count = browser.findElement(By.cssSelector(".summary a[href$='#verdict-misattributed']"));
                assertThat(count.getText()).isEqualTo("1 归属有误");
                count.click();
                new WebDriverWait(browser, Duration.ofSeconds(5))
                        .until(ExpectedConditions.urlContains("/ledger#verdict-misattributed"));
                List<WebElement> shown = browser.findElements(By.cssSelector(".ledger-table tbody tr")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList();
                assertThat(shown).as("rows shown, script " + script).hasSize(1);
                assertThat(shown.get(0).getAttribute("data-verdict")).isEqualTo("misattributed");
                screenshot("ledger-filtered-" + (script ? "script" : "no-script") + ".png");
            } finally {
                browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            }
        }
        // The summary at the top of the article counts every figure and statement.
        browser.get(url("/articles/baidu-sora"));
        assertThat(browser.findElement(By.cssSelector("article .summary")).getText())
                .startsWith("34 个数字、5 条陈述：")
                .contains("9 有据可查")
                .contains("9 大致属实")
                .contains("1 归属有误");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsInLightAndDark() throws Exception {
        String axe = Files.readString(Path.of("src/test/axe/node_modules/axe-core/axe.min.js"));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (String path : List.of(
                        "/",
                        "/articles/baidu-sora",
                        "/articles/baidu-sora/figures/total-power",
                        "/articles/baidu-sora/ledger",
                        "/articles/baidu-sora/figures/total-power/what-if?h100-power=350+W")) {
                    browser.get(url(path));
                    assertThat((Boolean) js().executeScript(
                                            "return matchMedia('(prefers-color-scheme: " + scheme + ")').matches"))
                            .isTrue();
                    js().executeScript(axe);
                    @SuppressWarnings("unchecked")
                    List<Object> violations =
                            (List<Object>) js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                                    + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                                    + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                                    + "    .map(function (v) { return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                                    + "});");
                    assertThat(violations)
                            .as("serious or critical violations on " + path + " in " + scheme)
                            .isEmpty();
                }
                if (scheme.equals("dark")) {
                    browser.get(url("/articles/baidu-sora/ledger"));
                    String background = (String)
                            js().executeScript(
                                            "return getComputedStyle(document.querySelector('[data-ledger-filter=\"text\"]')).backgroundColor");
                    assertThat(background)
                            .as("the filter box in dark mode")
                            .isNotIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
                    screenshot("ledger-dark.png");
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void theLedgersHeaderIsAsWideAsItsTable() {
        browser.get(url("/articles/baidu-sora/ledger"));
        @SuppressWarnings("unchecked")
        Map<String, Number> widths = (Map<String, Number>) js().executeScript(
                        "return {header: document.querySelector('header.site').getBoundingClientRect().width,"
                                + " main: document.querySelector('main').getBoundingClientRect().width};");
        assertThat(widths.get("header").doubleValue())
                .as("header against main " + widths)
                .isCloseTo(widths.get("main").doubleValue(), org.assertj.core.data.Offset.offset(2.0));
    }

    /** At 1280 px the statements' verdict badges read across, not one character per line. */
    @Test
    void theLedgersStatementBadgesStayOnOneLine() {
        browser.get(url("/articles/baidu-sora/ledger"));
        @SuppressWarnings("unchecked")
        List<String> tall = (List<String>)
                js().executeScript(
                                "return Array.prototype.filter.call(document.querySelectorAll('.statements-table .badge'), function (b) {"
                                        + " var r = b.getBoundingClientRect(); return r.height > r.width; })"
                                        + ".map(function (b) { var r = b.getBoundingClientRect(); return b.textContent + ' ' + r.width + '×' + r.height; });");
        assertThat(browser.findElements(By.cssSelector(".statements-table .badge")))
                .isNotEmpty();
        assertThat(tall).as("badges taller than wide").isEmpty();
    }

    @Test
    void thePrintedArticleKeepsEveryVerdictAndNoFigureId() throws Exception {
        browser.get(url("/articles/baidu-sora"));
        @SuppressWarnings("unchecked")
        List<String> verdicts = (List<String>) js().executeScript(
                        "var words = {}; document.querySelectorAll('.verdict-words, .check-words').forEach(function (w) {"
                                + " words[w.textContent.trim()] = 1; }); return Object.keys(words);");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>)
                js().executeScript(
                                "return Array.prototype.map.call(document.querySelectorAll('[data-card-for]'), function (c) { return c.getAttribute('data-card-for'); });");
        assertThat(verdicts).contains("有据可查", "大致属实", "归属有误", "无法核实", "算术无误");
        // each statement's claim with its verdict right after it, and the start of its note
        @SuppressWarnings("unchecked")
        List<List<String>> statements = (List<List<String>>)
                js().executeScript(
                                "return Array.prototype.map.call(document.querySelectorAll('.statement-card'), function (c) {"
                                        + " var n = c.querySelector('.card-note'); return [c.querySelector('.card-label').textContent,"
                                        + " c.querySelector('.verdict-words').textContent, n ? n.textContent.slice(0, 12) : '']; });");
        assertThat(statements).hasSize(5);
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf =
                (Map<String, Object>) browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        Path file = SCREENSHOTS.resolve("article.pdf");
        Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        Process extract = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(extract.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String flat = text.replaceAll("\\s+", "");
        for (String verdict : verdicts) {
            assertThat(flat).as("verdict word in print").contains(verdict.replaceAll("\\s+", ""));
        }
        for (List<String> statement : statements) {
            assertThat(flat.contains((statement.get(0) + statement.get(1)).replaceAll("\\s+", ""))
                            && flat.contains(statement.get(2).replaceAll("\\s+", "")))
                    .as("statement with its verdict and note in print: %s", statement)
                    .isTrue();
        }
        List<String> idsInPrint = new ArrayList<>();
        for (String id : ids) {
            if (java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(id) + "(?![\\w-])")
                    .matcher(text)
                    .find()) {
                idsInPrint.add(id);
            }
        }
        assertThat(idsInPrint).as("figure ids in print").isEmpty();
        assertThat(text).as("raw addresses in print").doesNotContain("https://");
    }
}
