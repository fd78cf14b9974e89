package org.evidencereader.draft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How suggested ids are spelled: the pinyin of the words around a number, or English words for them. */
public enum IdStyle {
    PINYIN,
    ENGLISH;

    /** The word on the command line: pinyin, english. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IdStyle> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
