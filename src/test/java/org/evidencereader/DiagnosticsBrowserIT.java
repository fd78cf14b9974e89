package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The editors' diagnostics page in headless Chromium, for a copy of the shipped library under a long
 * absolute path with a few files broken (an unknown key, a misspelt verdict, numbers without a
 * figure). At 390 px the table it used to be was 701 px wide, its path column alone 446 px; at
 * 1280 px the message column got about 170 px and 错误 stacked one character per line. Screenshots
 * go to target/screenshots/ for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reader.watch=false")
class DiagnosticsBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The temporary folder this test made, and the only one it deletes. */
    private static final Path TEMP = temporaryFolder();

    private static final Path DIR = brokenLibrary();
    private ChromeDriver browser;
    private Path profile;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void library(DynamicPropertyRegistry registry) {
        registry.add("reader.articles-dir", () -> DIR.resolve("articles").toString());
        registry.add("reader.claims-dir", () -> DIR.resolve("claims").toString());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("diagnostics-browser-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path brokenLibrary() {
        try {
            Path root = TEMP.resolve("a-rather-long-editorial-workspace-folder/evidence-reader-library-copy-2026-11");
            FileSystemUtils.copyRecursively(Path.of("articles"), root.resolve("articles"));
            FileSystemUtils.copyRecursively(Path.of("claims"), root.resolve("claims"));
            replace(
                    root.resolve("claims/baidu-sora/power.yaml"),
                    "    verdict: approximate\n",
                    "    verdict: aproximate\n    colour: red\n");
            replace(
                    root.resolve("claims/baidu-sora/traffic.yaml"),
                    "    verdict: supported\n",
                    "    verdict: supportd\n");
            replace(root.resolve("articles/baidu-sora.md"), "在此前先后发表", "在此前先后37次、有1234名工程师在场时发表");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(
                file,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** A browser of its own for each test, with a new profile: no cookie or storage carries over. */
    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = HeadlessChromium.options(profile, "1280,900");
        browser = HeadlessChromium.start(options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        deleteOwn(profile, "chromium-profile");
    }

    @AfterAll
    static void removeLibrary() throws IOException {
        // Only the folders this test created, each checked by name before it goes.
        deleteOwn(TEMP, "diagnostics-browser-");
    }

    private static void deleteOwn(Path folder, String prefix) throws IOException {
        if (folder != null && folder.getFileName().toString().startsWith(prefix)) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /**
     * At 390×844 and 1280×800, in Chinese and English: no sideways scroll; every problem's position,
     * severity and message inside the page; the severity word on one line; the message at the
     * width of the page's text, not squeezed into a column; the errors before the warnings.
     */
    @Test
    void everyProblemIsReadableOnAPhoneAndADesktopInBothLanguages() throws Exception {
        var js = (JavascriptExecutor) browser;
        try {
            for (String lang : List.of("zh", "en")) {
                for (int[] size : List.of(new int[] {390, 844}, new int[] {1280, 800})) {
                    browser.executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", false));
                    browser.get("http://localhost:" + port + "/diagnostics?lang=" + lang);
                    String where = lang + " at " + size[0] + "×" + size[1];
                    assertThat((Long) js.executeScript("return document.documentElement.clientWidth"))
                            .as("viewport, " + where)
                            .isLessThanOrEqualTo((long) size[0]);
                    assertThat(
                                    (Long)
                                            js.executeScript(
                                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .as("sideways scroll, " + where)
                            .isLessThanOrEqualTo(0L);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> layout = (Map<String, Object>) js.executeScript(
                            "var width = document.documentElement.clientWidth, out = [], severities = [];"
                                    + "var text = document.querySelector('main h1').getBoundingClientRect().width;"
                                    + "document.querySelectorAll('.diagnostic').forEach(function (item, i) {"
                                    // follow-ons sit under their cause, whatever their severity: the order is the
                                    // causes'
                                    + "  if (!item.classList.contains('follow-on'))"
                                    + "    severities.push(item.classList.contains('severity-error') ? 'error' : 'warning');"
                                    + "  ['.position', '.severity', '.diagnostic-message'].forEach(function (part) {"
                                    + "    var r = item.querySelector(part).getBoundingClientRect();"
                                    + "    if (r.width === 0 || r.left < 0 || r.right > width) out.push(i + ' ' + part + ' out of view ' + r.left + '..' + r.right);"
                                    + "  });"
                                    + "  var badge = item.querySelector('.severity');"
                                    + "  if (badge.getClientRects().length !== 1 || badge.getBoundingClientRect().height > 1.8 * parseFloat(getComputedStyle(badge).fontSize))"
                                    + "    out.push(i + ' severity broken over lines');"
                                    + "  var message = item.querySelector('.diagnostic-message').getBoundingClientRect();"
                                    // a follow-on is indented under its cause, by about two characters
                                    + "  var share = item.classList.contains('follow-on') ? 0.8 : 0.9;"
                                    + "  if (message.width < share * text) out.push(i + ' message ' + message.width + ' px of ' + text);"
                                    + "});"
                                    + "return {problems: out, severities: severities};");
                    @SuppressWarnings("unchecked")
                    List<String> severities = (List<String>) layout.get("severities");
                    assertThat(severities).as("problems listed, " + where).contains("error", "warning");
                    assertThat(severities.indexOf("warning"))
                            .as("errors first, " + where)
                            .isGreaterThan(severities.lastIndexOf("error"));
                    assertThat((List<?>) layout.get("problems")).as(where).isEmpty();
                    File shot = browser.getScreenshotAs(OutputType.FILE);
                    Files.copy(
                            shot.toPath(),
                            SCREENSHOTS.resolve("diagnostics-" + lang + "-" + size[0] + "x" + size[1] + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
