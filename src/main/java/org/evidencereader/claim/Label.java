package org.evidencereader.claim;

import java.util.Locale;
import java.util.Objects;

/**
 * A text for readers in Chinese and English: a figure's name, a note, a not-claim's reason or a
 * source's title. An editor may write one text for both ({@code note: "…"}); then both are that text.
 */
public record Label(String zh, String en) {

    public Label {
        Objects.requireNonNull(zh, "zh");
        en = en == null || en.isBlank() ? zh : en;
    }

    /** One text for both languages, as an editor writes a plain string. */
    public static Label of(String text) {
        return new Label(text, null);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    /**
     * The language of the text shown in {@code locale}, for the page's {@code lang} attribute. A text
     * written once may be in either language and quote the other ("…, so \"OpenAI用了\" overstates
     * it"), so it is told by which script most of its letters are in.
     */
    public String langIn(Locale locale) {
        String text = in(locale);
        long han = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        long latin = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        // A Chinese sentence is shorter in characters than its English: one Han character weighs about three letters.
        return han * 3 >= latin ? "zh" : "en";
    }

    /** Whether the editor gave a text of its own for each language. */
    public boolean isTranslated() {
        return !zh.equals(en);
    }
}
