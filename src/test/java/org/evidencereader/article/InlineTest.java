package org.evidencereader.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only addresses a reader can safely follow, from a page or from the static export, become links. */
class InlineTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://zhidx.com/p/1",
                "http://example.org",
                "HTTPS://EXAMPLE.ORG/a?b=c#d",
                "mailto:a@example.org",
                "https://ex.com/search?q=a|b",
                "https://ex.com/a[1]",
                "https://ex.com/100%",
                "https://ex.com/#a#b",
                "https://[::1]:8080/x"
            })
    void linksHttpAndMailtoAddresses(String href) {
        assertThat(Inline.Link.isSafe(href)).isTrue();
        assertThat(new Inline.Link(0, 1, href).href()).isEqualTo(href);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<b>x</b>",
                "vbscript:x",
                "/etc/passwd",
                "figures/x",
                "#p-1",
                "//evil.example",
                "https://",
                "https:///path",
                "https:evil.example",
                "https:\\\\evil.example",
                "https://?q",
                "mailto:",
                "http://exa mple.org",
                "http://x\u0000y",
                "http://x\ty",
                "java\nscript:alert(1)",
                ""
            })
    void showsEverythingElseAsText(String href) {
        assertThat(Inline.Link.isSafe(href)).isFalse();
        assertThatThrownBy(() -> new Inline.Link(0, 1, href)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3})
    void refusesAnEmptyOrNegativeSpan(int start) {
        assertThatThrownBy(() -> new Inline.Strong(start, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
