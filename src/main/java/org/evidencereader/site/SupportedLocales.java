package org.evidencereader.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages: Chinese first, English too. */
final class SupportedLocales {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private SupportedLocales() {
    }

    /** {@code zh} or {@code en} (any region) to a supported locale. */
    static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    static String tag(Locale locale) {
        return locale.getLanguage();
    }
}
