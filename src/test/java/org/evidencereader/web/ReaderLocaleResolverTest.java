package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.evidencereader.site.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

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
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLocales.ENGLISH);
    }

    /**
     * A header with no language the reader has, or none at all ({@code *}, private tags, nonsense),
     * gives Chinese, never the machine's locale: a servlet container may put its default locale in
     * {@code getLocales()} for such a header (Jetty does), so that must not be what decides.
     */
    @Test
    void aHeaderWithoutAUsableLanguageGivesChineseNotTheMachinesLocale() {
        for (String header : new String[] {"*", "x-pig-latin", "*;q=0.5", "en;q=0", "en;q=0, *", ";;;", "zh;q=2"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.addHeader("Accept-Language", header);
            // The mock, like Jetty, reports a default locale (English) for such a header in getLocales().
            assertThat(resolver.resolveLocale(request)).as(header).isEqualTo(SupportedLocales.CHINESE);
        }
        assertThat(resolve("en;q=0, zh")).isEqualTo(SupportedLocales.CHINESE);
        assertThat(resolve("x-pig-latin, en;q=0.3")).isEqualTo(SupportedLocales.ENGLISH);
    }

    @Test
    void theLanguageSwitchCookieWins() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "en");
        request.setCookies(new Cookie(ReaderLocaleResolver.COOKIE, "zh"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLocales.CHINESE);
    }

    /** One malformed entry (a quality over 1, an underscore, a tab, an unknown parameter) does not cost the others. */
    @Test
    void aMalformedEntryDoesNotSpoilTheRestOfTheHeader() {
        assertThat(resolve("en-US,en;q=0.9,fr;q=1.5")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("en_US")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("en-US;q=0.9,\tfr;q=0.8")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("en, fr;q=0.5;x=1")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("fr;q=abc, en;q=0.2")).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolve("de;q=0.9, en;q=0.8, zh;q=0.8"))
                .as("ties keep their order")
                .isEqualTo(SupportedLocales.ENGLISH);
    }

    /** Header values alone, as for a request Jetty refuses itself, give the same choice as the servlet request. */
    @Test
    void headerValuesAloneGiveTheSameChoice() {
        assertThat(resolver.resolveLocale(List.of(), List.of())).isEqualTo(SupportedLocales.CHINESE);
        assertThat(resolver.resolveLocale(List.of(), List.of(" "))).isEqualTo(SupportedLocales.CHINESE);
        assertThat(resolver.resolveLocale(List.of(), List.of("en-GB,en;q=0.9"))).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolver.resolveLocale(List.of(), List.of("fr", "en;q=0.5"))).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolver.resolveLocale(List.of("en"), List.of("zh")))
                .as("the cookie wins")
                .isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolver.resolveLocale(List.of("xx", "zh"), List.of("en")))
                .as("the first usable cookie")
                .isEqualTo(SupportedLocales.CHINESE);
        assertThat(resolver.resolveLocale(List.of("xx"), List.of("en"))).isEqualTo(SupportedLocales.ENGLISH);
    }

    /** Two Accept-Language headers are one list (RFC 9110, 5.3), even when the first is empty: on a page and on a refused request alike. */
    @Test
    void severalHeadersAreOneListWhicheverWayTheRequestCame() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "");
        request.addHeader("Accept-Language", "en");
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(resolver.resolveLocale(List.of(), List.of("", "en"))).isEqualTo(SupportedLocales.ENGLISH);
    }
}
