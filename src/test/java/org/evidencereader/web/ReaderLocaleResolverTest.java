package org.evidencereader.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderLocaleResolverTest {

    private final ReaderLocaleResolver resolver = new ReaderLocaleResolver();

    private Locale resolve(String... acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        for (String value : acceptLanguage) {
            request.addHeader("Accept-Language", value);
        }
        return resolver.resolveLocale(request);
    }

    @Test
    void picksTheBestLanguageTheReaderHasAndChineseOtherwise() {
        assertThat(resolve()).isEqualTo(SupportedLocales.CHINESE);
        assertThat(resolve("en-US,en;q=0.9")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("fr-FR, en;q=0.5")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("zh;q=0.5, en;q=0.9")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("fr")).isEqualTo(SupportedLocales.CHINESE);
        assertThat(resolve("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(SupportedLocales.CHINESE);
    }

    /** The choice is kept per header value: asking again, in any order, gives each value its own answer. */
    @Test
    void aRememberedChoiceBelongsToItsOwnHeaderValue() {
        for (int i = 0; i < 3; i++) {
            assertThat(resolve("en-GB")).isEqualTo(SupportedLocales.ENGLISH);
            assertThat(resolve("zh-TW")).isEqualTo(SupportedLocales.CHINESE);
            assertThat(resolve("de, en;q=0.1")).isEqualTo(SupportedLocales.ENGLISH);
        }
    }

    /** The servlet container reads the languages of every Accept-Language header; the first one alone must not decide. */
    @Test
    void aSecondAcceptLanguageHeaderIsNotAnsweredFromTheFirstOnesChoice() {
        assertThat(resolve("fr")).isEqualTo(SupportedLocales.CHINESE);

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "fr");
        request.addHeader("Accept-Language", "en");
        request.setPreferredLocales(List.of(Locale.FRENCH, Locale.ENGLISH)); // as the servlet container parses the two
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLocales.ENGLISH);
    }

    @Test
    void theLanguageSwitchCookieWins() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "en");
        request.setCookies(new Cookie(ReaderLocaleResolver.COOKIE, "zh"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLocales.CHINESE);
    }
}
