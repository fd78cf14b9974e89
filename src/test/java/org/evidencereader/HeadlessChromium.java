package org.evidencereader;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium as the browser tests start it: headless, with a profile of the test's own, and
 * none of the background connections that stall on a closed network.
 */
final class HeadlessChromium {

    private HeadlessChromium() {}

    /** Options for a window of the given size on the given profile, with any further arguments. */
    static ChromeOptions options(Path profile, String windowSize, String... more) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--window-size=" + windowSize,
                "--user-data-dir=" + profile);
        options.addArguments(List.of(more));
        return options;
    }

    /** Options as {@link #options}, for a reader whose browser asks for Chinese pages. */
    static ChromeOptions chinese(Path profile, String windowSize) {
        ChromeOptions options = options(profile, windowSize, "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        return options;
    }

    /** The browser, driven by Debian's chromedriver (or the one {@code chromedriver.binary} names). */
    static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }
}
