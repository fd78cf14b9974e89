package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A statement's card in headless Chromium, as a reader opens it: on hover and on focus, closed by
 * Escape; a figure inside a statement opens its own card. Screenshots go to target/screenshots/statements/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementsBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots/statements");
    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = HeadlessChromium.chinese(profile, "1280,900");
        browser = HeadlessChromium.start(options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(5));
    }

    @Test
    void aStatementsCardOpensOnHoverAndFocusAndClosesOnEscape() throws Exception {
        browser.get("http://localhost:" + port + "/articles/baidu-sora");
        WebElement words =
                browser.findElement(By.cssSelector("article [data-statement-id='microsoft-google-nuclear']"));
        WebElement card = browser.findElement(By.cssSelector("[data-card-for='statement:microsoft-google-nuclear']"));
        assertThat(card.isDisplayed()).isFalse();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", words);
        new Actions(browser).moveToElement(words).perform();
        waiting().until(ExpectedConditions.visibilityOf(card));
        assertThat(words.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(card.findElement(By.cssSelector(".card-label")).getText()).isEqualTo("微软和谷歌都在为数据中心寻找核电。");
        assertThat(card.findElement(By.cssSelector(".verdict-line")).getText()).isEqualTo("有据可查");
        assertThat(card.findElements(By.cssSelector(".card-sources li"))).hasSize(2);
        assertThat(card.findElement(By.cssSelector(".card-more a")).getAttribute("href"))
                .endsWith("/articles/baidu-sora/ledger#statement-microsoft-google-nuclear");
        screenshot("statement-card-desktop.png");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOf(card));

        browser.executeScript("arguments[0].focus();", words);
        waiting().until(ExpectedConditions.visibilityOf(card));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOf(card));
    }

    /** 李彦宏's sentence holds the figure 10年、20年: its words open the statement's card, the number the figure's. */
    @Test
    void aFigureInsideAStatementOpensItsOwnCard() throws Exception {
        browser.get("http://localhost:" + port + "/articles/baidu-sora");
        WebElement number = browser.findElement(By.cssSelector("article [data-figure-id='baidu-payback-years']"));
        WebElement after = browser.findElements(By.cssSelector("article [data-statement-id='li-payback-remark']"))
                .get(1);
        WebElement figureCard = browser.findElement(By.cssSelector("[data-card-for='baidu-payback-years']"));
        WebElement statementCard = browser.findElement(By.cssSelector("[data-card-for='statement:li-payback-remark']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", number);
        waiting().until(ExpectedConditions.visibilityOf(figureCard));
        assertThat(statementCard.isDisplayed()).isFalse();
        browser.executeScript("arguments[0].focus();", after);
        waiting().until(ExpectedConditions.visibilityOf(statementCard));
        waiting().until(ExpectedConditions.invisibilityOf(figureCard));
        screenshot("statement-around-figure.png");
    }
}
