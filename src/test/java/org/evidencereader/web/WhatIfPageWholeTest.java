package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A what-if page that fails while it is being rendered is never sent cut short with 200: the page is
 * rendered whole before a byte is sent. (Rendered as it went, a failure after the first buffer was
 * sent left a 200 whose body stopped at 32,768 bytes, Jetty's buffer.) The message that fails is
 * the one each card ends with, after the article's text, well past the first 32 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WhatIfPageWholeTest.FailingMessage.class)
class WhatIfPageWholeTest {

    /** The messages, except one the reader page shows near its end. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingMessage {
        static final String FAILING = "card.more";

        /** Named as the context's own, which the pages' messages come from. */
        @Bean
        MessageSource messageSource() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {
                @Override
                protected String resolveCodeWithoutArguments(String code, Locale locale) {
                    fail(code);
                    return super.resolveCodeWithoutArguments(code, locale);
                }

                @Override
                protected java.text.MessageFormat resolveCode(String code, Locale locale) {
                    fail(code);
                    return super.resolveCode(code, locale);
                }
            };
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }

        private static void fail(String code) {
            if (FAILING.equals(code)) {
                throw new IllegalStateException("this message fails in the test");
            }
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aPageThatFailsLateIsNotSentAsAShortOk() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/articles/baidu-sora/what-if?h100-power=600%20W"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        assertThat(response.statusCode())
                .as("%d bytes, ending %s", body.length(), body.substring(Math.max(0, body.length() - 200)))
                .isEqualTo(500);
        assertThat(body).doesNotContain("what-if-form");
    }
}
