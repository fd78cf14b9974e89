package org.evidencereader.site;

import java.util.Locale;

/**
 * How one page links to any route and to the assets: on the server every link is the route's
 * path, absolute from the site root; in the static export every link is relative to the page's
 * own file and names the file it leads to, so that the export works from any sub-path and from
 * {@code file://}. Templates ask it for every address ({@code ${links.figure(article.slug(), f.id())}}).
 */
public interface Links {

    /** The link to this route from the page. */
    String to(Route route);

    /** What is put before an asset's URL ({@code /assets/css/reader.3f2a9c1b.css}). */
    String assetRoot();

    /** The link to this page in the other interface language. */
    String otherLanguage();

    /** True in the static export: no server behind the page (no what-if, no language cookie). */
    boolean exported();

    default String library() {
        return to(new Route.Library());
    }

    default String diagnostics() {
        return to(new Route.Diagnostics());
    }

    default String article(String slug) {
        return to(new Route.Article(slug));
    }

    default String figure(String slug, String id) {
        return to(new Route.Figure(slug, id));
    }

    default String ledger(String slug) {
        return to(new Route.Ledger(slug));
    }

    default String ledgerCsv(String slug) {
        return to(new Route.LedgerCsv(slug));
    }

    default String ledgerJson(String slug) {
        return to(new Route.LedgerJson(slug));
    }

    default String articleWhatIf(String slug) {
        return to(new Route.ArticleWhatIf(slug));
    }

    default String figureWhatIf(String slug, String id) {
        return to(new Route.FigureWhatIf(slug, id));
    }

    /** Where the links of each page come from: the server's or the export's. */
    @FunctionalInterface
    interface Style {
        Links on(Route page, Locale locale);
    }

    /** The server's links, the same from every page: the route's path; the language switch is a query. */
    static Links server(Locale locale) {
        return new Server(SupportedLocales.other(locale));
    }

    /** The server's style. */
    Style SERVER = (page, locale) -> server(locale);

    /** On the server: absolute paths, and {@code ?lang=…}, which sets the language cookie and stays on the page. */
    record Server(Locale other) implements Links {
        @Override
        public String to(Route route) {
            return route.path();
        }

        @Override
        public String assetRoot() {
            return "";
        }

        @Override
        public String otherLanguage() {
            return "?lang=" + SupportedLocales.tag(other);
        }

        @Override
        public boolean exported() {
            return false;
        }
    }
}
