package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader in headless Debian Chromium: hover a figure, read its card's arithmetic, move onto the
 * card, close it with Escape, reach it with the keyboard, and click through to the derivation.
 * Screenshots go to target/screenshots/ for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /**
     * Keeps count of the page's pending timers (setTimeout), so that a test can wait until the page
     * has nothing left to do instead of sleeping: cards open and close on timers, and "the card
     * stayed open" is only true once the timer that could have closed it is gone.
     */
    private static final String TIMER_COUNT = """
            (function () {
              var pending = new Set(), set = window.setTimeout, clear = window.clearTimeout;
              window.setTimeout = function (callback, delay) {
                var args = Array.prototype.slice.call(arguments, 2);
                var id = set.call(window, function () { pending.delete(id); callback.apply(window, args); }, delay);
                pending.add(id);
                return id;
              };
              window.clearTimeout = function (id) { pending.delete(id); clear.call(window, id); };
              window.pendingTimers = function () { return pending.size; };
            })();
            """;
    /** A browser of its own for each test, with a new profile: no cookie (such as ?lang=en's) or storage carries over. */
    private ChromeDriver browser;

    private Path profile;

    @LocalServerPort
    int port;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = HeadlessChromium.options(profile, "1280,900", "--lang=zh-CN");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = HeadlessChromium.start(options);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", TIMER_COUNT));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null && profile.getFileName().toString().startsWith("chromium-profile")) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** Waits until the page has no timer left to run: whatever the last action set off has happened. */
    private void untilThePageIsIdle() {
        waiting()
                .until(b ->
                        ((Number) ((JavascriptExecutor) b).executeScript("return window.pendingTimers()")).intValue()
                                == 0);
    }

    /** Waits, looking again when what-if.js replaced the element being read (the charts are redrawn whole). */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void hoverFocusEscapeAndClickThroughToTheDerivation() throws Exception {
        browser.get("http://localhost:" + port + "/articles/baidu-sora");
        WebElement figure = browser.findElement(By.cssSelector("[data-figure-id='total-power']"));
        WebElement card = browser.findElement(By.cssSelector("[data-card-for='total-power']"));
        assertThat(card.isDisplayed()).isFalse();

        // Hover opens the card, which shows the arithmetic with 700 W.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -160);", figure);
        new Actions(browser).moveToElement(figure).perform();
        waiting().until(ExpectedConditions.visibilityOf(card));
        assertThat(card.getText()).contains("72万张 × 700W = 50.4万千瓦").contains("50.4万千瓦");
        screenshot("reader-card.png");

        // Moving the pointer onto the card keeps it open.
        new Actions(browser).moveToElement(card).perform();
        untilThePageIsIdle();
        assertThat(card.isDisplayed()).isTrue();

        // Escape closes it.
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOf(card));

        // Keyboard focus opens a card too.
        new Actions(browser).moveByOffset(0, 0).perform();
        WebElement power = browser.findElement(By.cssSelector("[data-figure-id='h100-power']"));
        WebElement powerCard = browser.findElement(By.cssSelector("[data-card-for='h100-power']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", power);
        waiting().until(ExpectedConditions.visibilityOf(powerCard));
        assertThat(power.getAttribute("aria-expanded")).isEqualTo("true");
        // Tab moves into the open card, so its links can be reached; Shift+Tab goes back to the figure.
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return arguments[0].contains(document.activeElement)", powerCard))
                .isTrue();
        new Actions(browser)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(power);
        assertThat(powerCard.isDisplayed()).isTrue();
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOf(powerCard));

        // A click follows the link to the derivation page, which names both inputs.
        figure.click();
        waiting().until(ExpectedConditions.urlContains("/articles/baidu-sora/figures/total-power"));
        String derivation = browser.findElement(By.tagName("main")).getText();
        assertThat(derivation)
                .contains("72万张 × 700W = 50.4万千瓦")
                .as("the formula as editors type it is in the closed section for editors")
                .doesNotContain("inference-gpus * h100-power");
        screenshot("derivation.png");

        assertNoConsoleErrors();
    }

    @Test
    void whatIfRecomputesTheTotalPowerOnTheServerAndKeepsItInTheAddress() throws Exception {
        browser.get("http://localhost:" + port + "/articles/baidu-sora/figures/total-power");
        WebElement input = browser.findElement(By.cssSelector("input[name='h100-power']"));
        assertThat(input.getAttribute("value")).isEqualTo("700 W");
        // A marker that survives only if the page is updated in place (by the API), not reloaded.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.stillThisPage = true;");
        input.clear();
        input.sendKeys("350");
        input.sendKeys(Keys.ENTER);
        By big = By.cssSelector("[data-display-of='total-power']");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(big, "25.2万千瓦"));
        assertThat(browser.findElement(By.cssSelector("[data-si-of='total-power']"))
                        .getText())
                .isEqualTo("252 MW");
        assertThat(browser.findElement(big).getAttribute("class")).contains("changed");
        assertThat(browser.getCurrentUrl())
                .contains("/articles/baidu-sora/figures/total-power/what-if?")
                .contains("h100-power=350");
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getQuery())
                .as("only the value the reader changed")
                .isEqualTo("h100-power=350");
        // The comparison chart is redrawn in place too: the 504 MW bar becomes a 252 MW one.
        waiting()
                .until(d -> d.findElement(By.cssSelector("section.charts"))
                        .getText()
                        .contains("252 MW"));
        // And the badges: the editor's verdict was on 50.4万千瓦, and a made-up value is not checked.
        waiting()
                .until(d -> d.findElements(By.cssSelector("details.for-editors dd .badge.verdict"))
                        .isEmpty());
        assertThat(browser.findElement(By.cssSelector("details.for-editors dd .badge.check"))
                        .getAttribute("class"))
                .contains("check-unchecked");
        assertThat(browser.findElements(By.cssSelector("section.value-box .verdict-line .check-words")))
                .as("the verdict line no longer says the arithmetic matches the text")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("section.charts")).getText())
                .doesNotContain("504 MW")
                .contains("6,120 MW");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('section.charts').scrollIntoView()");
        screenshot("what-if-chart.png");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return window.stillThisPage === true"))
                .as("updated in place, not reloaded")
                .isTrue();
        screenshot("what-if.png");

        // The address is a what-if page of its own: reloading it shows the same numbers, rendered by the server.
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("[data-display-of='total-power']"))
                        .getText())
                .isEqualTo("25.2万千瓦");
        // A second change on that page keeps the first: the page's own values are the address's.
        WebElement other = (WebElement)
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "return Array.prototype.find.call(document.querySelectorAll('.what-if-form input[name]'), function (i) {"
                                        + " return i.name !== 'h100-power' && /^[0-9]/.test(i.value) && i.value.indexOf('..') < 0; });");
        assertThat(other).as("another single-valued input on the page").isNotNull();
        String name = other.getAttribute("name");
        String value = other.getAttribute("value");
        other.clear();
        other.sendKeys("1" + value);
        other.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains(name + "="));
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getQuery()).contains("h100-power=350");
        browser.findElement(By.cssSelector(".what-if-reset")).click();
        waiting()
                .until(ExpectedConditions.urlToBe(
                        "http://localhost:" + port + "/articles/baidu-sora/figures/total-power"));
        assertThat(browser.findElement(By.cssSelector("[data-display-of='total-power']"))
                        .getText())
                .isEqualTo("50.4万千瓦");
        assertNoConsoleErrors();
    }

    /**
     * Updated in place, a derivation page is the page a reload of its address gives: a figure that
     * could not be computed and an error beside a field go once the reader fixes the value, and the
     * figures that use this one follow (they stayed as they were, beside the new value).
     */
    @Test
    void aWhatIfUpdatedInPlaceIsThePageItsAddressGives() throws Exception {
        browser.get("http://localhost:" + port
                + "/articles/baidu-sora/figures/price-per-minute/what-if?clip-length=0&runway-credits-per-second=abc");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("window.stillThisPage = true;");
        WebElement price = browser.findElement(By.cssSelector("input[name='runway-credits-per-second']"));
        assertThat(price.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector(".what-if-field-error"))).isNotEmpty();
        price.clear();
        price.sendKeys("12 credit/s");
        waiting()
                .until(d ->
                        d.findElements(By.cssSelector(".what-if-field-error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("input[name='runway-credits-per-second']"))
                        .getAttribute("aria-invalid"))
                .isNull();
        assertThat(browser.findElement(By.cssSelector("input[name='runway-credits-per-second']"))
                        .getAttribute("value"))
                .isEqualTo("12 credit/s");
        // Still a divisor of 0: the figure cannot be computed, and says so.
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".value-box .what-if-not-computable"))
                        .isEmpty());

        WebElement length = browser.findElement(By.cssSelector("input[name='clip-length']"));
        length.clear();
        length.sendKeys("10 s");
        By big = By.cssSelector("[data-display-of='price-per-minute']");
        // 12 credits a second at $0.01 a credit
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(big, "7.2美元/分钟"));
        assertThat(browser.findElements(By.cssSelector(".what-if-not-computable, .what-if-not-computable-list")))
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-si-of='price-per-minute']"))
                        .getText())
                .isNotBlank();
        assertThat(browser.findElement(By.cssSelector("[aria-live='polite']")).getAttribute("textContent"))
                .contains("7.2美元/分钟");
        assertThat((Boolean) js.executeScript("return window.stillThisPage === true"))
                .as("updated in place")
                .isTrue();
        String mainText = "var a = document.querySelector('[aria-live=polite]'); if (a) a.textContent = '';"
                + " return document.querySelector('main').innerText;";
        String inPlace = (String) js.executeScript(mainText);
        String typed =
                browser.findElement(By.cssSelector("input[name='clip-length']")).getAttribute("value");
        assertThat(typed).isEqualTo("10 s");
        browser.navigate().refresh();
        assertThat((String) js.executeScript(mainText))
                .as("the same page as its address")
                .isEqualTo(inPlace);
        assertNoConsoleErrors();
    }

    @Test
    void theReaderPagesWhatIfRecomputesTheFiguresInTheText() throws Exception {
        browser.get("http://localhost:" + port + "/articles/baidu-sora");
        WebElement input = browser.findElement(By.cssSelector(".what-if-form input[name='h100-power']"));
        assertThat(input.getAttribute("value")).isEqualTo("700 W");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys("350 W");
        screenshot("reader-what-if-form.png");
        input.sendKeys(Keys.ENTER);
        // A plain GET form: the server renders the article with the change, whether or not JavaScript runs.
        waiting().until(ExpectedConditions.urlContains("/articles/baidu-sora/what-if?"));
        assertThat(browser.getCurrentUrl()).contains("h100-power=350");
        // The author's words stay as written; the figures that follow from the change are marked, and
        // their cards show the values computed again.
        WebElement total = browser.findElement(By.id("fig-total-power"));
        assertThat(total.getText()).isEqualTo("50.4万千瓦");
        assertThat(total.getAttribute("class")).contains("changed");
        assertThat(browser.findElement(By.cssSelector(".what-if-form input[name='h100-power']"))
                        .getAttribute("value"))
                .isEqualTo("350 W");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -160);", total);
        new Actions(browser).moveToElement(total).perform();
        WebElement card = browser.findElement(By.cssSelector("[data-card-for='total-power']"));
        waiting().until(ExpectedConditions.visibilityOf(card));
        assertThat(card.getText()).contains("25.2万千瓦").contains("72万张 × 350 W");
        screenshot("reader-what-if.png");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        browser.findElement(By.cssSelector(".what-if-banner a")).click();
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/articles/baidu-sora"));
        assertThat(browser.findElement(By.id("fig-total-power")).getText()).isEqualTo("50.4万千瓦");
        assertNoConsoleErrors();
    }

    @Test
    void aTapOnAPhoneOpensACardThatFitsTheScreen() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        try {
            browser.get("http://localhost:" + port + "/articles/baidu-sora");
            var js = (org.openqa.selenium.JavascriptExecutor) browser;
            assertThat((Long) js.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways scroll")
                    .isLessThanOrEqualTo(0L);
            WebElement figure = browser.findElement(By.cssSelector("[data-figure-id='daya-bay-base-capacity']"));
            WebElement card = browser.findElement(By.cssSelector("[data-card-for='daya-bay-base-capacity']"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
            var finger = new org.openqa.selenium.interactions.PointerInput(
                    org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
            var tap = new org.openqa.selenium.interactions.Sequence(finger, 0)
                    .addAction(finger.createPointerMove(
                            Duration.ZERO,
                            org.openqa.selenium.interactions.PointerInput.Origin.fromElement(figure),
                            0,
                            0))
                    .addAction(finger.createPointerDown(
                            org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerUp(
                            org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()));
            browser.perform(List.of(tap));
            waiting().until(ExpectedConditions.visibilityOf(card));
            assertThat(browser.getCurrentUrl()).endsWith("/articles/baidu-sora");
            @SuppressWarnings("unchecked")
            var box = (java.util.Map<String, Number>) js.executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, "
                            + "width: document.documentElement.clientWidth, height: window.innerHeight};",
                    card);
            assertThat(box.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(box.get("right").doubleValue())
                    .isLessThanOrEqualTo(box.get("width").doubleValue());
            assertThat(box.get("top").doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(box.get("bottom").doubleValue())
                    .isLessThanOrEqualTo(box.get("height").doubleValue());
            assertThat(card.getText()).contains("612万千瓦");
            screenshot("phone-card.png");
            // A tap elsewhere closes it.
            browser.findElement(By.tagName("h1")).click();
            waiting().until(ExpectedConditions.invisibilityOf(card));
            assertNoConsoleErrors();
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** On the reader page, taps the figure and waits for its card: the card. */
    private WebElement openByTap(String figureId) throws Exception {
        browser.get("http://localhost:" + port + "/articles/baidu-sora");
        WebElement figure = browser.findElement(By.cssSelector("[data-figure-id='" + figureId + "']"));
        WebElement card = browser.findElement(By.cssSelector("[data-card-for='" + figureId + "']"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
        tap(figure);
        waiting().until(ExpectedConditions.visibilityOf(card));
        return card;
    }

    @Test
    void aTapOnPlainTextInsideAnOpenCardLeavesItOpen() throws Exception {
        onAPhone(() -> {
            WebElement card = openByTap("h100-power");

            // The tap on the figure focused it; a tap on the card's text (no link) takes that focus
            // away, which must not count as leaving the card.
            tap(card.findElement(By.cssSelector(".card-label")));
            untilThePageIsIdle();
            assertThat(card.isDisplayed())
                    .as("card after a tap on its own text")
                    .isTrue();
            assertThat(browser.getCurrentUrl()).endsWith("/articles/baidu-sora");
            screenshot("phone-card-tapped-inside.png");

            // A tap on plain text outside the card still closes it.
            tapAt(plainPointOutside(card));
            waiting().until(ExpectedConditions.invisibilityOf(card));
            assertNoConsoleErrors();
        });
    }

    @Test
    void withACardOpenOneTapOnAnotherFigureOpensThatFiguresCard() throws Exception {
        onAPhone(() -> {
            WebElement card = openByTap("h100-power");
            WebElement figure = browser.findElement(By.cssSelector("[data-figure-id='h100-power']"));
            var js = (org.openqa.selenium.JavascriptExecutor) browser;

            // Another figure in view that the open card does not cover.
            WebElement other = (WebElement) js.executeScript(
                    "var card = arguments[0], open = arguments[1];"
                            + "return Array.prototype.find.call(document.querySelectorAll('[data-figure-id]'), function (f) {"
                            + "  if (f === open || f.closest('[data-card-for]')) return false;"
                            + "  if (!document.querySelector('[data-card-for=\"' + f.getAttribute('data-figure-id') + '\"]')) return false;"
                            + "  var r = f.getBoundingClientRect();"
                            + "  if (r.width === 0 || r.top < 0 || r.bottom > window.innerHeight) return false;"
                            + "  var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                            + "  return hit !== null && f.contains(hit);"
                            + "}) || null;",
                    card,
                    figure);
            assertThat(other).as("a figure in view beside the open card").isNotNull();
            WebElement otherCard = browser.findElement(
                    By.cssSelector("[data-card-for='" + other.getAttribute("data-figure-id") + "']"));

            tap(other);
            waiting().until(ExpectedConditions.visibilityOf(otherCard));
            assertThat(card.isDisplayed()).isFalse();
            assertThat(other.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(figure.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(browser.getCurrentUrl()).endsWith("/articles/baidu-sora");
            // And it stays open: the focus that left the first figure does not close the second card.
            untilThePageIsIdle();
            assertThat(otherCard.isDisplayed()).isTrue();
            assertNoConsoleErrors();
        });
    }

    /** Desktop windows the placement of cards is checked in: a common laptop's, and a small one. */
    private static final List<Dimension> DESKTOPS = List.of(new Dimension(1280, 800), new Dimension(1024, 768));

    /**
     * What an open card (arguments[1]) hides that the reader of its figure (arguments[0]) may go to
     * next, as a list of problems, empty when there are none: any part of the figure's own line, any
     * figure on that line or on the line before or after it (the next paragraph's first line counts
     * as the next line), by its rectangle or at its centre where the pointer finds it, and anything
     * of the card outside the viewport.
     */
    private static final String WHAT_THE_CARD_HIDES = """
            var figure = arguments[0], card = arguments[1], problems = [];
            var c = card.getBoundingClientRect(), vw = document.documentElement.clientWidth, vh = window.innerHeight;
            if (c.left < 0 || c.top < 0 || c.right > vw || c.bottom > vh) problems.push('card outside the viewport');
            var own = figure.getClientRects(), first = own[0], last = own[own.length - 1];
            if (c.top < last.bottom && c.bottom > first.top) problems.push('card over the line of its figure');
            var lh = parseFloat(getComputedStyle(figure).lineHeight);
            document.querySelectorAll('article [data-figure-id]').forEach(function (other) {
              if (other === figure) return;
              Array.prototype.forEach.call(other.getClientRects(), function (r) {
                var y = (r.top + r.bottom) / 2;
                if (Math.max((first.top + first.bottom) / 2 - y, y - (last.top + last.bottom) / 2) > 1.75 * lh) return;
                var hit = document.elementFromPoint(r.left + r.width / 2, y);
                if ((r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top) || (hit && card.contains(hit)))
                  problems.push('covers ' + other.textContent + ' (' + other.getAttribute('data-figure-id') + ')');
              });
            });
            return problems.join(', ');
            """;

    @Test
    void onADesktopAnOpenCardLeavesTheFiguresOnItsLineAndTheLinesNextToItInView() throws Exception {
        var js = (JavascriptExecutor) browser;
        List<String> problems = new ArrayList<>();
        int opened = 0;
        try {
            for (Dimension size : DESKTOPS) {
                browser.manage().window().setSize(size);
                browser.get("http://localhost:" + port + "/articles/baidu-sora");
                for (WebElement figure : browser.findElements(By.cssSelector("article [data-figure-id]"))) {
                    String id = figure.getAttribute("data-figure-id");
                    List<WebElement> cards = browser.findElements(By.cssSelector("[data-card-for='" + id + "']"));
                    if (cards.isEmpty()) continue;
                    WebElement card = cards.get(0);
                    // In the middle of the window, with room for the card above the figure and below it.
                    js.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
                    new Actions(browser)
                            .moveToLocation(1, 1)
                            .moveToElement(figure)
                            .perform();
                    waiting().until(ExpectedConditions.visibilityOf(card));
                    opened++;
                    String hidden = (String) js.executeScript(WHAT_THE_CARD_HIDES, figure, card);
                    if (!hidden.isEmpty()) {
                        problems.add(
                                size.width + "×" + size.height + " " + figure.getText() + " (" + id + "): " + hidden);
                    }
                    // 1个月 is followed by 72万张 on the next line: the card once covered it.
                    if (id.equals("training-duration"))
                        screenshot("desktop-card-" + size.width + "x" + size.height + ".png");
                    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                    waiting().until(ExpectedConditions.invisibilityOf(card));
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(opened).as("cards opened").isGreaterThanOrEqualTo(2 * 10);
        assertThat(problems)
                .as("open cards hiding what their reader may go to next")
                .isEmpty();
        assertNoConsoleErrors();
    }

    @Test
    void onADesktopThePointerGoesFromAFigureToTheNextOneOnItsLineOrTheNextAndOpensItsCard() throws Exception {
        var js = (JavascriptExecutor) browser;
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        try {
            for (Dimension size : DESKTOPS) {
                browser.manage().window().setSize(size);
                browser.get("http://localhost:" + port + "/articles/baidu-sora");
                List<WebElement> figures = browser.findElements(By.cssSelector("article [data-figure-id]"));
                for (int i = 0; i + 1 < figures.size(); i++) {
                    WebElement figure = figures.get(i), next = figures.get(i + 1);
                    String id = figure.getAttribute("data-figure-id"), nextId = next.getAttribute("data-figure-id");
                    WebElement card = browser.findElement(By.cssSelector("[data-card-for='" + id + "']"));
                    WebElement nextCard = browser.findElement(By.cssSelector("[data-card-for='" + nextId + "']"));
                    js.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
                    @SuppressWarnings("unchecked")
                    List<Number> path = (List<Number>) js.executeScript(
                            "var a = arguments[0].getClientRects(), b = arguments[1].getClientRects()[0];"
                                    + "var from = a[a.length - 1], lh = parseFloat(getComputedStyle(arguments[0]).lineHeight);"
                                    + "var y0 = (from.top + from.bottom) / 2, y1 = (b.top + b.bottom) / 2;"
                                    + "return y1 - y0 > 1.75 * lh ? null : [(from.left + from.right) / 2, y0, (b.left + b.right) / 2, y1];",
                            figure,
                            next);
                    if (path == null) continue; // not on the same line or the next one
                    pairs++;
                    new Actions(browser)
                            .moveToLocation(1, 1)
                            .moveToLocation(path.get(0).intValue(), path.get(1).intValue())
                            .perform();
                    waiting().until(ExpectedConditions.visibilityOf(card));
                    // As a hand moves a mouse: in steps, over whatever lies between the two figures.
                    moveMouse(
                            path.get(0).doubleValue(),
                            path.get(1).doubleValue(),
                            path.get(2).doubleValue(),
                            path.get(3).doubleValue());
                    try {
                        waiting().until(ExpectedConditions.visibilityOf(nextCard));
                        waiting().until(ExpectedConditions.invisibilityOf(card));
                        assertThat(next.getAttribute("aria-expanded")).isEqualTo("true");
                    } catch (org.openqa.selenium.TimeoutException e) {
                        problems.add(size.width + "×" + size.height + " from " + figure.getText() + " to "
                                + next.getText() + ": the card of "
                                + (card.isDisplayed() ? figure.getText() : "neither") + " stays open");
                        screenshot("desktop-next-figure-unreached-" + id + ".png");
                    }
                    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(pairs)
                .as("figures followed by another on their line or the next")
                .isGreaterThanOrEqualTo(2 * 5);
        assertThat(problems)
                .as("figures the pointer could not reach from the one before")
                .isEmpty();
        assertNoConsoleErrors();
    }

    /** The mouse moved from one point of the viewport to another in small steps, as a hand moves it. */
    private void moveMouse(double fromX, double fromY, double toX, double toY) {
        var mouse = new PointerInput(PointerInput.Kind.MOUSE, "default mouse");
        var moves = new Sequence(mouse, 0);
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            moves.addAction(mouse.createPointerMove(
                    Duration.ofMillis(16),
                    PointerInput.Origin.viewport(),
                    (int) Math.round(fromX + (toX - fromX) * i / steps),
                    (int) Math.round(fromY + (toY - fromY) * i / steps)));
        }
        browser.perform(List.of(moves));
    }

    private interface BrowserSteps {
        void run() throws Exception;
    }

    /** Runs the steps in a 390×844 window, the size of the phone QA found touch bugs on. */
    private void onAPhone(BrowserSteps steps) throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            steps.run();
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** A finger's tap (touch pointer events, then the compatibility mouse events and click) on an element's centre. */
    private void tap(WebElement target) {
        var finger = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
        browser.perform(List.of(new org.openqa.selenium.interactions.Sequence(finger, 0)
                .addAction(finger.createPointerMove(
                        Duration.ZERO, org.openqa.selenium.interactions.PointerInput.Origin.fromElement(target), 0, 0))
                .addAction(finger.createPointerDown(
                        org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(
                        org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))));
    }

    /** A finger's tap at a point of the viewport. */
    private void tapAt(List<Long> point) {
        var finger = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
        browser.perform(List.of(new org.openqa.selenium.interactions.Sequence(finger, 0)
                .addAction(finger.createPointerMove(
                        Duration.ZERO,
                        org.openqa.selenium.interactions.PointerInput.Origin.viewport(),
                        point.get(0).intValue(),
                        point.get(1).intValue()))
                .addAction(finger.createPointerDown(
                        org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(
                        org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))));
    }

    /** A point of the viewport on plain text: outside the card, and on nothing a tap would follow or operate. */
    @SuppressWarnings("unchecked")
    private List<Long> plainPointOutside(WebElement card) {
        var point = (List<Long>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "var card = arguments[0];"
                                + "for (var y = 40; y < window.innerHeight - 20; y += 20) {"
                                + "  for (var x = 20; x < document.documentElement.clientWidth - 20; x += 20) {"
                                + "    var el = document.elementFromPoint(x, y);"
                                + "    if (el && el.closest('main p') && !card.contains(el)"
                                + "        && !el.closest('a, button, input, select, textarea, label, summary, [data-figure-id], [tabindex]')) return [x, y];"
                                + "  }"
                                + "}"
                                + "return null;",
                        card);
        assertThat(point).as("plain text outside the card").isNotNull();
        return point;
    }

    /**
     * The ledger on a 390 px phone and a 1280 px desktop, in Chinese and English: no sideways
     * scroll of the page or of the table's box, and each figure's label, value and check in view.
     * (In English the label column was 533 px wide and the table 1,570 px.)
     */
    @Test
    void theLedgerFitsAPhoneAndADesktopInBothLanguagesWithoutSidewaysScroll() throws Exception {
        var js = (JavascriptExecutor) browser;
        try {
            for (String lang : List.of("zh", "en")) {
                for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 800))) {
                    browser.manage().window().setSize(size);
                    browser.get("http://localhost:" + port + "/articles/baidu-sora/ledger?lang=" + lang);
                    String where = lang + " at " + size.width + "×" + size.height;
                    assertThat(
                                    (Long)
                                            js.executeScript(
                                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .as("sideways scroll of the page, " + where)
                            .isLessThanOrEqualTo(0L);
                    assertThat(
                                    (Long)
                                            js.executeScript(
                                                    "var box = document.querySelector('.table-scroll'); return box.scrollWidth - box.clientWidth"))
                            .as("sideways scroll of the table, " + where)
                            .isLessThanOrEqualTo(0L);
                    @SuppressWarnings("unchecked")
                    List<String> outOfView = (List<String>)
                            js.executeScript("var width = document.documentElement.clientWidth, out = [];"
                                    + "document.querySelectorAll('.ledger-table tbody tr').forEach(function (row) {"
                                    + "  ['label-cell', 'num', 'check-cell'].forEach(function (name) {"
                                    + "    var cell = row.querySelector('td.' + name), r = cell.getBoundingClientRect();"
                                    + "    if (r.width === 0 || r.left < 0 || r.right > width) out.push(row.id + ' ' + name + ' ' + r.left + '..' + r.right);"
                                    + "  });"
                                    + "});"
                                    + "return out;");
                    assertThat(outOfView)
                            .as("label, value and check in view, " + where)
                            .isEmpty();
                    screenshot("ledger-" + lang + "-" + size.width + "x" + size.height + ".png");
                }
            }
            assertNoConsoleErrors();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * A click anywhere in a heading cell sorts, not only on its words; values sort by their SI unit,
     * then by size within it (not -38.49% before 0.1 CNY/s before 25.61%).
     */
    @Test
    void aClickAnywhereInAHeadingSortsAndValuesSortByUnitThenSize() throws Exception {
        var js = (JavascriptExecutor) browser;
        browser.get("http://localhost:" + port + "/articles/baidu-sora/ledger?lang=en");
        WebElement heading =
                browser.findElements(By.cssSelector(".ledger-table thead th")).get(2);
        assertThat(heading.getText()).startsWith("Evidence value");
        // The words are at the right of this right-aligned cell: click near its bottom-left corner.
        var rect = heading.getRect();
        new Actions(browser)
                .moveToElement(heading, -rect.width / 2 + 4, rect.height / 2 - 4)
                .click()
                .perform();
        assertThat(heading.getAttribute("aria-sort"))
                .as("sorted by a click beside the words")
                .isEqualTo("ascending");

        @SuppressWarnings("unchecked")
        List<List<Object>> order = (List<List<Object>>) js.executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('.ledger-table tbody tr'), function (row) {"
                        + "  var cell = row.cells[2]; return [cell.getAttribute('data-sort-unit') || '', parseFloat(cell.getAttribute('data-sort-value')), row.id];"
                        + "});");
        for (int i = 1; i < order.size(); i++) {
            List<Object> before = order.get(i - 1), after = order.get(i);
            String unitBefore = (String) before.get(0), unitAfter = (String) after.get(0);
            if (unitAfter.isEmpty()) {
                continue; // figures without a value come last
            }
            assertThat(unitBefore).as("no value before %s", after.get(2)).isNotEmpty();
            assertThat(unitBefore.compareTo(unitAfter))
                    .as("units in order: %s then %s", before, after)
                    .isLessThanOrEqualTo(0);
            if (unitBefore.equals(unitAfter)) {
                assertThat(((Number) before.get(1)).doubleValue())
                        .as("%s then %s", before, after)
                        .isLessThanOrEqualTo(((Number) after.get(1)).doubleValue());
            }
        }
        assertThat(order.stream().map(row -> row.get(0)).distinct().count())
                .as("several units")
                .isGreaterThan(3);
        screenshot("ledger-sorted-by-value.png");
        assertNoConsoleErrors();
    }

    /** Without JavaScript the filters and the hint about sorting, which only the script makes work, are not shown. */
    @Test
    void withoutJavaScriptTheLedgerShowsNeitherFiltersNorSortHint() throws Exception {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            browser.get("http://localhost:" + port + "/articles/baidu-sora/ledger?lang=en");
            assertThat(browser.findElement(By.cssSelector(".ledger-table")).isDisplayed())
                    .isTrue();
            assertThat(browser.findElement(By.cssSelector(".ledger-filters")).isDisplayed())
                    .as("filters")
                    .isFalse();
            assertThat(browser.findElement(By.cssSelector("[data-ledger-sort-hint]"))
                            .isDisplayed())
                    .as("sort hint")
                    .isFalse();
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Click a column heading");
            assertThat(browser.findElements(By.cssSelector("th button.sort"))).isEmpty();
            screenshot("ledger-without-javascript.png");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
        browser.get("http://localhost:" + port + "/articles/baidu-sora/ledger?lang=en");
        assertThat(browser.findElement(By.cssSelector(".ledger-filters")).isDisplayed())
                .as("filters with the script")
                .isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-ledger-sort-hint]"))
                        .isDisplayed())
                .as("hint with the script")
                .isTrue();
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolations() throws Exception {
        Path rules = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");
        assertThat(rules)
                .as("axe-core is installed by ./mvnw verify (npm ci in src/test/axe)")
                .exists();
        String axe = Files.readString(rules);
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // First make sure the scan can fail: an image without a text alternative is a critical violation.
        browser.get("http://localhost:" + port + "/");
        js.executeScript(axe);
        js.executeScript(
                "var img = document.createElement('img'); img.src = '/favicon.svg'; document.querySelector('main').appendChild(img);");
        assertThat(
                        (String)
                                js.executeAsyncScript(
                                        "var done = arguments[arguments.length - 1];"
                                                + "axe.run(document).then(function (r) { done(r.violations.map(function (v) { return v.id; }).join(' ')); });"))
                .contains("image-alt");

        for (String path : List.of(
                "/",
                "/articles/baidu-sora",
                "/articles/baidu-sora/figures/total-power",
                "/articles/baidu-sora/ledger",
                "/diagnostics",
                "/articles/baidu-sora?lang=en")) {
            browser.get("http://localhost:" + port + path);
            assertThat((String) js.executeScript("return document.documentElement.lang"))
                    .as("language of " + path)
                    .startsWith(path.endsWith("lang=en") ? "en" : "zh");
            js.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<java.util.Map<String, Object>> violations = (List<java.util.Map<String, Object>>)
                    js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                            + "    .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                            + "      nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; }));"
                            + "});");
            assertThat(violations)
                    .as("serious or critical accessibility violations on " + path)
                    .isEmpty();
        }
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("console errors").isEmpty();
    }
}
