package org.evidencereader.claim;

import java.util.Locale;
import java.util.Objects;

/** A figure's name for readers, in Chinese and English. */
public record Label(String zh, String en) {

    public Label {
        Objects.requireNonNull(zh, "zh");
        en = en == null || en.isBlank() ? zh : en;
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
