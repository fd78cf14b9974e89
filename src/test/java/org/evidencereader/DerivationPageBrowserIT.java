package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The derivation page and a what-if page as readers see them in headless Chromium, on a desktop
 * and a phone: the editors' details closed, the changed value beside the article's, nothing wider
 * than the screen, and no serious or critical axe violation in light and dark. Whole-page
 * screenshots go to target/screenshots/derivpage/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DerivationPageBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots/derivpage");
    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(375, 812);
    private static final String PAGE = "/articles/baidu-sora/figures/total-power";
    private static final String WHAT_IF = "/articles/baidu-sora/figures/total-power/what-if?h100-power=350+W";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void viewport(Dimension size) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        size.width,
                        "height",
                        size.height,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        size.equals(PHONE)));
    }

    /** The whole page, not only the viewport: what a reader scrolls through. */
    private void wholePage(String name) throws Exception {
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Test
    void bothPagesKeepTheEditorsDetailsClosedAndFitTheScreen() throws Exception {
        try {
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                viewport(size);
                String suffix = size.width + "x" + size.height + ".png";
                for (String path : List.of(PAGE, WHAT_IF)) {
                    browser.get(url(path));
                    WebElement details = browser.findElement(By.cssSelector("details.for-editors"));
                    assertThat(details.getDomProperty("open"))
                            .as("closed on " + path)
                            .isEqualTo("false");
                    assertThat(details.findElement(By.tagName("summary")).getText())
                            .isEqualTo("给编辑看的细节");
                    assertThat(details.findElement(By.cssSelector("code")).isDisplayed())
                            .as("the id is hidden until the section is opened")
                            .isFalse();
                    assertThat(browser.findElement(By.cssSelector(".value-box .verdict-line"))
                                    .isDisplayed())
                            .isTrue();
                    Number overflow = (Number) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow.intValue())
                            .as("wider than the screen on " + path)
                            .isLessThanOrEqualTo(0);
                }
                browser.get(url(PAGE));
                wholePage("derivation-" + suffix);
                browser.get(url(WHAT_IF));
                assertThat(browser.findElement(By.cssSelector(".value-box .value-line"))
                                .getText())
                        .as("the article's value, then the new one")
                        .containsPattern("50\\.4万千瓦[^0-9]*→[^0-9]*25\\.2万千瓦");
                assertThat(browser.findElement(By.cssSelector("[data-display-of='total-power']"))
                                .getText())
                        .isEqualTo("25.2万千瓦");
                assertThat(browser.findElement(By.cssSelector(".value-box .note-about-article"))
                                .isDisplayed())
                        .isTrue();
                wholePage("what-if-" + suffix);
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsOnEitherPage() throws Exception {
        String axe = Files.readString(Path.of("src/test/axe/node_modules/axe-core/axe.min.js"));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                viewport(size);
                for (String scheme : List.of("light", "dark")) {
                    browser.executeCdpCommand(
                            "Emulation.setEmulatedMedia",
                            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                    for (String path : List.of(PAGE, WHAT_IF)) {
                        browser.get(url(path));
                        browser.executeScript(axe);
                        @SuppressWarnings("unchecked")
                        List<Object> violations =
                                (List<Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                                        + "    .map(function (v) { return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                                        + "});");
                        assertThat(violations)
                                .as("serious or critical violations on " + path + " in " + scheme + " at " + size)
                                .isEmpty();
                    }
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
