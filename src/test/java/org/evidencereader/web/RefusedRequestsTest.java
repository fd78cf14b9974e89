package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencereader.site.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What a refused request is told: a title and a text in both languages for every status Jetty refuses with. */
class RefusedRequestsTest {

    @Test
    void everyStatusHasATitleAndATextInBothLanguages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        for (int status : new int[] {400, 404, 405, 408, 413, 414, 417, 431, 500, 501, 503, 505}) {
            String key = RefusedRequests.messageKey(status);
            for (var locale : SupportedLocales.ALL) {
                assertThat(messages.getMessage(key + ".title", null, locale))
                        .as(status + " " + locale)
                        .isNotBlank();
                assertThat(messages.getMessage(key + ".body", null, locale))
                        .as(status + " " + locale)
                        .isNotBlank();
            }
        }
        assertThat(RefusedRequests.messageKey(400)).isEqualTo("refused.bad-request");
        assertThat(RefusedRequests.messageKey(431)).isEqualTo("refused.headers-too-large");
        assertThat(RefusedRequests.messageKey(503)).isEqualTo("error");
    }
}
