package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ResponsesTest {

    private static boolean accepts(String... acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        for (String value : acceptEncoding) {
            request.addHeader("Accept-Encoding", value);
        }
        return Responses.acceptsGzip(request);
    }

    /** RFC 9110, 12.5.3: a coding named on its own takes its q-value; "*" only stands for the codings not named. */
    @Test
    void gzipNamedOnItsOwnOutranksTheWildcard() {
        assertThat(accepts("*;q=0, gzip")).isTrue();
        assertThat(accepts("*;q=0", "gzip")).isTrue();
        assertThat(accepts("gzip;q=0, *")).isFalse();
        assertThat(accepts("*, gzip;q=0")).isFalse();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts("*;q=0")).isFalse();
        assertThat(accepts("br, *;q=0.1")).isTrue();
        assertThat(accepts("x-gzip")).isTrue();
        assertThat(accepts("GZIP; Q=0.5")).isTrue();
        assertThat(accepts("gzip;q=0.000")).isFalse();
        assertThat(accepts("gzip;q=0.001")).isTrue();
        assertThat(accepts("gzip;level=1;q=0")).isFalse();
        assertThat(accepts("gzip;q=nonsense")).isTrue();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts()).isFalse();
    }
}
