package org.evidencereader.export;

import java.util.Locale;
import org.evidencereader.site.Links;
import org.evidencereader.site.Route;
import org.evidencereader.site.SupportedLocales;

/**
 * Where each page and document goes in the export, and how pages link to each other there.
 *
 * <ul>
 *   <li>Chinese (the default language) at the top, English as the same tree under {@code en/};
 *       each route's file is its {@link Route#exportFile()}: a server path becomes a folder with
 *       {@code index.html} in it, so pretty URLs ({@code /articles/<slug>/}) work on any static
 *       host, and links name {@code index.html} so that they also work from {@code file://}.</li>
 *   <li>JSON under {@code api/…/index.json}; a document that depends on the language
 *       (ClaimReview) is in Chinese under {@code api/} and in English under {@code en/api/}.
 *       The ledger downloads ({@code ledger.csv}, {@code ledger.json}) are in both language
 *       trees (each ledger page links its own copy).</li>
 *   <li>Assets once, at {@code assets/<hashed name>} (and under their plain names too).</li>
 * </ul>
 * Every link is relative ({@link ExportLinks}).
 */
final class ExportLayout implements Links.Style {

    static final Locale DEFAULT = SupportedLocales.ALL.get(0);

    /** {@code ""} for the default language, {@code "en/"} for English. */
    static String languagePrefix(Locale locale) {
        return locale.equals(DEFAULT) ? "" : SupportedLocales.tag(locale) + "/";
    }

    /** The file of a route within its language tree (or the export's top): {@code articles/x/index.html}. */
    static String file(Route route) {
        return route.exportFile()
                .orElseThrow(() -> new IllegalArgumentException("the export has no file for " + route));
    }

    /** How many folders below the top of its language tree a route's file is. */
    static int depth(Route route) {
        return (int) file(route).chars().filter(c -> c == '/').count();
    }

    /** The way up {@code levels} folders: {@code .}, {@code ..}, {@code ../..} … */
    static String up(int levels) {
        return levels == 0 ? "." : "..".concat("/..".repeat(levels - 1));
    }

    @Override
    public Links on(Route page, Locale locale) {
        return new ExportLinks(page, locale);
    }
}
