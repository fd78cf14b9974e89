package org.evidencereader.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages: Chinese first, English too. */
public final class SupportedLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private SupportedLocales() {}

    /** {@code zh} or {@code en} (any region) to a supported locale. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static String tag(Locale locale) {
        return locale.getLanguage();
    }

    /** The supported locale of this locale's language ({@code zh_TW} → {@code zh_CN}), or the locale itself. */
    public static Locale supported(Locale locale) {
        return fromTag(tag(locale)).orElse(locale);
    }

    /** The language the switch on a page leads to: Chinese from English, English from any other. */
    public static Locale other(Locale locale) {
        return tag(locale).equals(tag(ENGLISH)) ? CHINESE : ENGLISH;
    }
}
