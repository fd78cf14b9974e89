package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelTest {

    @Test
    void showsTheTextOfTheReadersLanguageAndOneTextForBoth() {
        Label note = new Label("最大功耗。", "maximum TDP.");
        assertThat(note.in(Locale.CHINESE)).isEqualTo("最大功耗。");
        assertThat(note.in(Locale.ENGLISH)).isEqualTo("maximum TDP.");
        assertThat(note.isTranslated()).isTrue();
        assertThat(Label.of("one text").in(Locale.CHINESE)).isEqualTo("one text");
        assertThat(Label.of("one text").isTranslated()).isFalse();
    }

    /** The page marks each note with its language, so that a screen reader reads it with the right voice. */
    @Test
    void aTextWrittenOnceIsInTheLanguageMostOfItIsWrittenIn() {
        assertThat(Label.of("It is an outside estimate, so \"OpenAI用了\" overstates it.")
                        .langIn(Locale.CHINESE))
                .isEqualTo("en");
        assertThat(Label.of("Reported by 智东西 only (\"2024年Q3总监会\"); no Baidu statement was found.")
                        .langIn(Locale.CHINESE))
                .isEqualTo("en");
        assertThat(Label.of("仅智东西报道（“2024年Q3总监会”），未找到百度的声明或会议纪要。").langIn(Locale.ENGLISH))
                .isEqualTo("zh");
        assertThat(Label.of("按SXM版700 W计算，PCIe版为350 W。").langIn(Locale.ENGLISH)).isEqualTo("zh");
        assertThat(new Label("最大功耗。", "maximum TDP.").langIn(Locale.ENGLISH)).isEqualTo("en");
    }
}
