package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * An editor annotates a number from the page: in editing mode, on a copy of an article with no
 * claims and live reload on, the draft of one unannotated number is opened (by keyboard, then by a
 * click), copied to the clipboard, written into {@code claims/<slug>/draft.yaml} under
 * {@code figures:}, and after the reload that number is a figure marked as a draft, whose card
 * still opens and closes as cards do. Screenshots go to target/screenshots/copydraft/.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reader.editing=true", "reader.watch=true"})
class CopyDraftBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots/copydraft");
    /** The temporary folder this test made, and the only one it deletes. */
    private static final Path DIR = library();

    private static final String NUMBER = "2.5万美元";

    private ChromeDriver browser;
    private Path profile;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("reader.articles-dir", () -> DIR.resolve("articles").toString());
        registry.add("reader.claims-dir", () -> DIR.resolve("claims").toString());
    }

    private static Path library() {
        try {
            Path root = Files.createTempDirectory("copy-draft-browser-").toAbsolutePath();
            Path articles = Files.createDirectories(root.resolve("articles"));
            Files.createDirectories(root.resolve("claims"));
            Files.copy(Path.of("src/test/resources/draft/articles/chip-trade.md"), articles.resolve("chip-trade.md"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = HeadlessChromium.chinese(profile, "1280,900");
        browser = HeadlessChromium.start(options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null && profile.getFileName().toString().startsWith("chromium-profile")) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @AfterAll
    static void removeLibrary() throws IOException {
        if (DIR.getFileName().toString().startsWith("copy-draft-browser-")) {
            FileSystemUtils.deleteRecursively(DIR);
        }
    }

    private JavascriptExecutor js() {
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement trigger() {
        return browser.findElements(By.cssSelector("[data-draft]")).stream()
                .filter(e -> e.getText().equals(NUMBER))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no draft offered for " + NUMBER));
    }

    private Object active() {
        return js().executeScript("return document.activeElement");
    }

    @Test
    void aCopiedDraftPastedIntoAClaimFileMarksItsNumberAfterTheReload() throws Exception {
        browser.get(url("/articles/chip-trade"));
        assertThat(trigger().getAttribute("role"))
                .as("a button only while highlighted")
                .isNull();
        browser.findElement(By.cssSelector("[data-coverage-toggle]")).click();
        WebElement number = trigger();
        WebElement popover = browser.findElement(By.id(number.getAttribute("data-draft")));
        assertThat(popover.isDisplayed()).isFalse();
        assertThat(number.getAttribute("role")).isEqualTo("button");
        assertThat(number.getAttribute("aria-expanded")).isEqualTo("false");

        // by keyboard: Enter opens it with focus on its copy button, Escape closes it and gives focus back
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", number);
        number.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOf(popover));
        WebElement copy = popover.findElement(By.cssSelector("[data-draft-copy]"));
        assertThat(active()).isEqualTo(copy);
        assertThat(number.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(popover.getText()).contains("该文件尚不存在").contains("claims/chip-trade/draft.yaml");
        copy.sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(popover));
        assertThat(active()).isEqualTo(number);

        // by mouse: a click opens it beside the number, the button copies the entry
        number.click();
        waiting().until(ExpectedConditions.visibilityOf(popover));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js().executeScript(
                        "var p = arguments[0].getBoundingClientRect(), n = arguments[1].getBoundingClientRect();"
                                + "return {gap: p.top - n.bottom, right: p.right, width: innerWidth};",
                        popover,
                        number);
        assertThat(box.get("gap").doubleValue()).isBetween(0.0, 12.0);
        assertThat(box.get("right").doubleValue())
                .isLessThanOrEqualTo(box.get("width").doubleValue());
        browser.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("origin", url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        copy.click();
        WebElement status = popover.findElement(By.cssSelector("[data-draft-status]"));
        waiting().until(ExpectedConditions.textToBePresentInElement(status, "草稿已复制"));
        screenshot("draft-popover.png");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js().executeScript(Files.readString(Path.of("src/test/axe/node_modules/axe-core/axe.min.js")));
        @SuppressWarnings("unchecked")
        List<Object> violations = (List<Object>) js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "});");
        assertThat(violations)
                .as("serious or critical violations with the draft open")
                .isEmpty();
        String copied = (String) js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('failed: ' + e); });");
        assertThat(copied)
                .isEqualTo(
                        popover.findElement(By.cssSelector("[data-draft-yaml]")).getAttribute("textContent"))
                .contains("quote: ")
                .contains("stated: \"" + NUMBER + "\"");
        Matcher id = Pattern.compile("\\n  ([a-z0-9-]+):\\n").matcher(copied);
        assertThat(id.find()).as(copied).isTrue();

        // pasted under figures: in a new claim file, live reload marks the number as a draft figure
        Path file = Files.createDirectories(DIR.resolve("claims/chip-trade")).resolve("draft.yaml");
        Files.writeString(file, "figures:\n" + copied, StandardCharsets.UTF_8);
        By mark = By.cssSelector("a.figure[data-figure-id=\"" + id.group(1) + "\"]");
        waiting().pollingEvery(Duration.ofMillis(250)).until(b -> {
            b.navigate().refresh();
            return !b.findElements(mark).isEmpty();
        });
        WebElement figure = browser.findElement(mark);
        assertThat(figure.getText()).isEqualTo(NUMBER);
        assertThat(figure.getAttribute("aria-label")).contains("未评判");
        assertThat(figure.getAttribute("class")).contains("family-not-judged");
        assertThat(browser.findElements(By.cssSelector("[data-draft]")))
                .extracting(WebElement::getText)
                .doesNotContain(NUMBER);

        // the card of the new figure still opens on focus and closes on Escape, beside the drafts
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", figure);
        WebElement card = browser.findElement(By.cssSelector("[data-card-for=\"" + id.group(1) + "\"]"));
        waiting().until(ExpectedConditions.visibilityOf(card));
        assertThat(card.getText()).contains("草稿（未评判）");
        figure.sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(card));

        // the other drafts now say the file exists
        browser.findElement(By.cssSelector("[data-coverage-toggle]")).click();
        WebElement other = browser.findElement(By.cssSelector("[data-draft]"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", other);
        other.click();
        WebElement otherPopover = browser.findElement(By.id(other.getAttribute("data-draft")));
        waiting().until(ExpectedConditions.visibilityOf(otherPopover));
        assertThat(otherPopover.getText()).contains("该文件已存在");
    }

    /** Without JavaScript every draft is still there, in a details element after its paragraph, with no dead button. */
    @Test
    void withoutJavaScriptEachDraftIsADetailsElement() throws Exception {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.get(url("/articles/chip-trade"));
        List<WebElement> drafts = browser.findElements(By.cssSelector(".drafts details.draft"));
        assertThat(drafts).isNotEmpty();
        WebElement first = drafts.get(0);
        assertThat(first.findElement(By.cssSelector("[data-draft-copy]")).isDisplayed())
                .isFalse();
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElement(By.cssSelector("[data-draft-yaml]")).isDisplayed())
                .isTrue();
        assertThat(first.findElement(By.cssSelector("[data-draft-yaml]")).getText())
                .contains("quote: ");
        screenshot("no-script-details.png");
    }
}
