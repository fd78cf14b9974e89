package org.evidencereader.export;

import org.evidencereader.web.PageLinks;
import org.evidencereader.web.SitePages;

import java.util.Locale;

/**
 * Where each page and document goes in the export, and how pages link to each other there.
 *
 * <ul>
 *   <li>Chinese (the default language) at the top: {@code index.html},
 *       {@code articles/<slug>/index.html}, {@code articles/<slug>/figures/<id>/index.html},
 *       {@code articles/<slug>/ledger/index.html}, {@code diagnostics/index.html}, {@code 404.html};
 *       English as the same tree under {@code en/}.</li>
 *   <li>A server path becomes a folder with {@code index.html} in it, so pretty URLs
 *       ({@code /articles/<slug>/}) work on any static host, and links name {@code index.html}
 *       so that they also work from {@code file://}.</li>
 *   <li>JSON: {@code /api/…} becomes {@code api/…/index.json}; a document that depends on the
 *       language (ClaimReview) is in Chinese under {@code api/} and in English under {@code en/api/}.
 *       Files with an extension ({@code ledger.csv}, {@code ledger.json}) keep their path, in
 *       both language trees (each ledger page links its own copy).</li>
 *   <li>Assets once, at {@code assets/<hashed name>} (and under their plain names too).</li>
 * </ul>
 * Every link is relative: {@code root} is the way up from the page's folder to its language's
 * top ({@code ../..} for an article), {@code assetRoot} the way up to the export's top.
 */
final class ExportLayout implements PageLinks {

    static final Locale DEFAULT = SitePages.locales().get(0);

    /** {@code ""} for the default language, {@code "en/"} for English. */
    static String languagePrefix(Locale locale) {
        return locale.equals(DEFAULT) ? "" : SitePages.tag(locale) + "/";
    }

    /** The file of a page within its language tree: {@code articles/x/index.html}, {@code 404.html}. */
    static String pageFile(String path) {
        if (path.equals(SitePages.NOT_FOUND)) {
            return "404.html";
        }
        return path.equals("/") ? "index.html" : path.substring(1) + "/index.html";
    }

    /** The file of a document: {@code api/articles/x/index.json}, {@code articles/x/ledger.csv}. */
    static String documentFile(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path.substring(1) : path.substring(1) + "/index.json";
    }

    /** How many folders below the top of its language tree a page's file is. */
    static int depth(String path) {
        String file = pageFile(path);
        return (int) file.chars().filter(c -> c == '/').count();
    }

    static String up(int levels) {
        return levels == 0 ? "." : "..".concat("/..".repeat(levels - 1));
    }

    @Override
    public String root(String path, Locale locale) {
        return up(depth(path));
    }

    @Override
    public String assetRoot(String path, Locale locale) {
        return up(depth(path) + (languagePrefix(locale).isEmpty() ? 0 : 1));
    }

    @Override
    public boolean exported() {
        return true;
    }
}
