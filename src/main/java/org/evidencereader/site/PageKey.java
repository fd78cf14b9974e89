package org.evidencereader.site;

import java.util.Locale;
import java.util.Objects;

/**
 * What the site holds a page or document under: its route and its language. A document that is
 * the same in every language ({@link Route#localised()} false) is held under {@link Locale#ROOT}.
 */
public record PageKey(Route route, Locale locale) {

    public PageKey {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(locale, "locale");
    }

    /** The key of this route as asked for in this language: any region of a language is that language. */
    public static PageKey of(Route route, Locale locale) {
        return new PageKey(route, route.localised() ? SupportedLocales.supported(locale) : Locale.ROOT);
    }
}
