package org.evidencereader.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels in the graphs wrap between words: a Latin word after Chinese text is not cut in two. */
class SvgWrapTest {

    @Test
    void aLatinWordAfterChineseMovesToTheNextLineWhole() {
        List<String> lines = Svg.wrap("生成一段5秒视频的价格(Runway)", 13, 168, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("(Runway");
        assertThat(String.join("", lines)).isEqualTo("生成一段5秒视频的价格(Runway)");
    }

    @Test
    void aWordLongerThanALineIsStillCut() {
        List<String> lines = Svg.wrap("Supercalifragilisticexpialidocious-and-more-of-it", 13, 60, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isNotEmpty();
    }
}
