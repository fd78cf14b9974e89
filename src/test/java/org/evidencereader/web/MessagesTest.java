package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles: the same keys in both languages, and English counts that agree with their number. */
class MessagesTest {

    private static ResourceBundleMessageSource messages() {
        // as application.properties configures Spring Boot's
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").keySet())
                .isEqualTo(bundle("messages.properties").keySet());
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        ResourceBundleMessageSource messages = messages();
        assertThat(messages.getMessage("article.rejected.banner", new Object[] {1}, Locale.ENGLISH))
                .contains("has 1 error, so");
        assertThat(messages.getMessage("article.rejected.banner", new Object[] {3}, Locale.ENGLISH))
                .contains("has 3 errors, so");
        assertThat(messages.getMessage("article.errors.banner", new Object[] {1}, Locale.ENGLISH))
                .contains("have 1 error;");
        assertThat(messages.getMessage("library.problems", new Object[] {1, 1}, Locale.ENGLISH))
                .isEqualTo("The editors’ files have 1 error and 1 warning.");
        assertThat(messages.getMessage("library.problems", new Object[] {0, 12_345}, Locale.ENGLISH))
                .isEqualTo("The editors’ files have 0 errors and 12,345 warnings.");
        assertThat(messages.getMessage("library.figures", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 figure");
        assertThat(messages.getMessage("article.figures.count", new Object[] {1, 1}, Locale.ENGLISH))
                .isEqualTo("1 figure annotated, 1 of them in the text.");
        assertThat(messages.getMessage("article.rejected.banner", new Object[] {2}, Locale.CHINESE))
                .contains("2");
    }
}
