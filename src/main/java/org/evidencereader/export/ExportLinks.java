package org.evidencereader.export;

import java.util.Locale;
import org.evidencereader.site.Links;
import org.evidencereader.site.Route;
import org.evidencereader.site.SupportedLocales;

/**
 * The links of one exported page: each relative to the page's own file, up to the top of its
 * language tree ({@code root}) and down to the target's file, which is named in full
 * ({@code ../../articles/x/figures/y/index.html}: a folder opened from {@code file://} shows a
 * listing, not the page). The language switch, which needs the server's cookie, leads to the same
 * page in the other language's tree.
 */
record ExportLinks(Route page, Locale locale) implements Links {

    @Override
    public String to(Route route) {
        return root() + "/" + ExportLayout.file(route);
    }

    @Override
    public String assetRoot() {
        return ExportLayout.up(
                ExportLayout.depth(page) + (ExportLayout.languagePrefix(locale).isEmpty() ? 0 : 1));
    }

    @Override
    public String otherLanguage() {
        return assetRoot() + "/" + ExportLayout.languagePrefix(SupportedLocales.other(locale))
                + ExportLayout.file(page);
    }

    @Override
    public boolean exported() {
        return true;
    }

    /** The way up from the page's folder to the top of its language tree. */
    private String root() {
        return ExportLayout.up(ExportLayout.depth(page));
    }
}
