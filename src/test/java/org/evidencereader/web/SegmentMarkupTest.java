package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * fragments.html writes a run of text twice: once bare (the common case, cheaper on the first
 * render) and once inside the wrappers for links, strong, emphasis and code. A change to one copy
 * must be made to the other, or formatted figures would look or behave differently.
 */
class SegmentMarkupTest {

    private static final String PLAIN = "<th:block th:if=\"${segment.format().isPlain()}\">";
    private static final String PLAIN_END = "</th:block><a th:unless=\"${segment.format().isPlain()}\"";
    private static final String WRAPPED = "<code th:remove=\"${!segment.format().code()} ? tag\">";
    private static final String WRAPPED_END = "</code></em></strong></a></th:block></th:block>";

    @Test
    void theBareAndTheWrappedRunAreWrittenAlike() throws IOException {
        String fragments = Files.readString(Path.of("src/main/resources/templates/fragments.html"));
        int plain = fragments.indexOf(PLAIN) + PLAIN.length();
        int wrapped = fragments.indexOf(WRAPPED) + WRAPPED.length();

        String bare = fragments.substring(plain, fragments.indexOf(PLAIN_END, plain));
        assertThat(bare).contains("data-figure-id=").contains("coverage-");
        assertThat(fragments.substring(wrapped, fragments.indexOf(WRAPPED_END, wrapped)))
                .isEqualTo(bare);
    }
}
