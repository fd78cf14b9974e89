package org.evidencereader.site;

import java.util.Objects;
import java.util.Optional;

/**
 * Every address of the site, spelled once: each route knows its path on the server and, if the
 * static export has it, the file it is written to there. Controllers, the fast path, the cache,
 * the exporter and the templates (through {@link Links}) all ask this table; {@link #parse} turns
 * a request path back into a route.
 *
 * <p>An export file is relative to its language's tree ({@code en/} for English) for pages and for
 * documents that depend on the language, and to the export's top for the others.
 */
public sealed interface Route {

    // The request mappings of the controllers, and from them every route's path.
    String LIBRARY = "/";
    String DIAGNOSTICS = "/diagnostics";
    String ARTICLE = "/articles/{slug}";
    String FIGURE = ARTICLE + "/figures/{id}";
    String LEDGER = ARTICLE + "/ledger";
    String LEDGER_CSV = LEDGER + ".csv";
    String LEDGER_JSON = LEDGER + ".json";
    String ARTICLE_WHAT_IF = ARTICLE + "/what-if";
    String FIGURE_WHAT_IF = FIGURE + "/what-if";
    /** Every address of the JSON API is under this one. */
    String API = "/api";

    String API_ARTICLES = API + "/articles";
    String API_ARTICLE = API_ARTICLES + "/{slug}";
    String API_FIGURE = API_ARTICLE + "/figures/{id}";
    String API_CLAIM_REVIEW = API_ARTICLE + "/claimreview";
    String API_COVERAGE = API_ARTICLE + "/coverage";
    String API_WHAT_IF = API_ARTICLE + "/what-if";
    String API_DIAGNOSTICS = API + "/diagnostics";

    /** The path on the server, absolute from the site root. */
    String path();

    /** The file the export writes for this route, if it writes one. */
    Optional<String> exportFile();

    /** True if what is served here depends on the reader's language (pages, ClaimReview). */
    default boolean localised() {
        return !(this instanceof AnyLanguage);
    }

    /** A document that is the same in every language (JSON without text in the reader's language, CSV). */
    sealed interface AnyLanguage extends Route {}

    /** A route under one article: {@code /articles/<slug>…} or {@code /api/articles/<slug>…}. */
    sealed interface OfArticle extends Route {
        String slug();
    }

    /**
     * An HTML page held in the site's memory cache, the same for every reader of a language: what
     * the fast path may answer without the controllers.
     */
    sealed interface Page extends Route {}

    /** {@code /}: the list of articles. */
    record Library() implements Page {
        @Override
        public String path() {
            return LIBRARY;
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of("index.html");
        }
    }

    /** {@code /diagnostics}: every problem of the library, for editors. */
    record Diagnostics() implements Page {
        @Override
        public String path() {
            return DIAGNOSTICS;
        }

        @Override
        public Optional<String> exportFile() {
            return folder(path());
        }
    }

    /**
     * The page for an address that matches nothing. It is served at whatever address was asked
     * for, so it has no path of its own: its links are made as from the site root.
     */
    record NotFound() implements Page {
        @Override
        public String path() {
            return LIBRARY;
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of("404.html");
        }
    }

    /** {@code /articles/<slug>}: the reader page. */
    record Article(String slug) implements OfArticle, Page {
        public Article {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(ARTICLE, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return folder(path());
        }
    }

    /** {@code /articles/<slug>/figures/<id>}: a figure's derivation page. */
    record Figure(String slug, String id) implements OfArticle, Page {
        public Figure {
            requireSegment(slug);
            requireSegment(id);
        }

        @Override
        public String path() {
            return fill(FIGURE, slug, id);
        }

        @Override
        public Optional<String> exportFile() {
            return folder(path());
        }
    }

    /** {@code /articles/<slug>/ledger}: every figure of an article in one table. */
    record Ledger(String slug) implements OfArticle, Page {
        public Ledger {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(LEDGER, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return folder(path());
        }
    }

    /** {@code /articles/<slug>/ledger.csv}: the ledger for spreadsheets. */
    record LedgerCsv(String slug) implements OfArticle, AnyLanguage {
        public LedgerCsv {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(LEDGER_CSV, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1));
        }
    }

    /** {@code /articles/<slug>/ledger.json}: the ledger as JSON. */
    record LedgerJson(String slug) implements OfArticle, AnyLanguage {
        public LedgerJson {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(LEDGER_JSON, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1));
        }
    }

    /** {@code /articles/<slug>/what-if?…}: the reader page computed with a reader's values (server only). */
    record ArticleWhatIf(String slug) implements OfArticle {
        public ArticleWhatIf {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(ARTICLE_WHAT_IF, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.empty();
        }
    }

    /** {@code /articles/<slug>/figures/<id>/what-if?…}: a derivation page with a reader's values (server only). */
    record FigureWhatIf(String slug, String id) implements OfArticle {
        public FigureWhatIf {
            requireSegment(slug);
            requireSegment(id);
        }

        @Override
        public String path() {
            return fill(FIGURE_WHAT_IF, slug, id);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.empty();
        }
    }

    /** {@code /api/articles}: the list of articles as JSON. */
    record ApiArticles() implements AnyLanguage {
        @Override
        public String path() {
            return API_ARTICLES;
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1) + "/index.json");
        }
    }

    /** {@code /api/articles/<slug>}: an article's passages and figures. */
    record ApiArticle(String slug) implements OfArticle, AnyLanguage {
        public ApiArticle {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(API_ARTICLE, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1) + "/index.json");
        }
    }

    /** {@code /api/articles/<slug>/figures/<id>}: one figure. */
    record ApiFigure(String slug, String id) implements OfArticle, AnyLanguage {
        public ApiFigure {
            requireSegment(slug);
            requireSegment(id);
        }

        @Override
        public String path() {
            return fill(API_FIGURE, slug, id);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1) + "/index.json");
        }
    }

    /** {@code /api/articles/<slug>/claimreview}: the article's verdicts as schema.org ClaimReviews (localised). */
    record ApiClaimReview(String slug) implements OfArticle {
        public ApiClaimReview {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(API_CLAIM_REVIEW, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1) + "/index.json");
        }
    }

    /** {@code /api/articles/<slug>/coverage}: every number in the text and what accounts for it (server only). */
    record ApiCoverage(String slug) implements OfArticle, AnyLanguage {
        public ApiCoverage {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(API_COVERAGE, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.empty();
        }
    }

    /** {@code POST /api/articles/<slug>/what-if}: figures computed again from a reader's values (server only). */
    record ApiWhatIf(String slug) implements OfArticle {
        public ApiWhatIf {
            requireSegment(slug);
        }

        @Override
        public String path() {
            return fill(API_WHAT_IF, slug);
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.empty();
        }
    }

    /** {@code /api/diagnostics}: every problem of the library as JSON. */
    record ApiDiagnostics() implements AnyLanguage {
        @Override
        public String path() {
            return API_DIAGNOSTICS;
        }

        @Override
        public Optional<String> exportFile() {
            return Optional.of(path().substring(1) + "/index.json");
        }
    }

    /** Whether a path is the JSON API's ({@code /api} or under it): its errors are problem documents, not pages. */
    static boolean isApi(String path) {
        return path.equals(API) || path.startsWith(API + "/");
    }

    /**
     * A pattern ({@link #ARTICLE_WHAT_IF} …) as a regular expression that matches the paths it maps,
     * for a server that takes path specifications: {@code {slug}} and {@code {id}} match one segment.
     */
    static String regex(String pattern) {
        StringBuilder regex = new StringBuilder("^");
        for (String part : pattern.split("(?=\\{)|(?<=})")) {
            if (part.startsWith("{")) {
                regex.append("[^/]+");
                continue;
            }
            for (char c : part.toCharArray()) {
                regex.append("\\.[]{}()*+?^$|".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            }
        }
        return regex.append('$').toString();
    }

    /**
     * The route of a request path as it arrives ({@code /articles/x/figures/y}), if any route has
     * it, matched against the same patterns the controllers are mapped to; a trailing slash, an
     * empty segment or an unknown tail is no route. The 404 page is never the result: it has no
     * address of its own.
     */
    static Optional<Route> parse(String path) {
        return RouteParser.parse(path);
    }

    /** {@code /articles/x} → {@code articles/x/index.html}: a folder, so that pretty URLs work on any static host. */
    private static Optional<String> folder(String path) {
        return Optional.of(path.substring(1) + "/index.html");
    }

    /** The pattern with its {@code {slug}} and {@code {id}} filled in. */
    private static String fill(String pattern, String slug) {
        return pattern.replace("{slug}", slug);
    }

    private static String fill(String pattern, String slug, String id) {
        return fill(pattern, slug).replace("{id}", id);
    }

    /**
     * A path segment is present. Its characters are not checked: a route may be built from any
     * request (an unknown slug is simply not found), and slugs and ids that exist are URL-safe.
     */
    private static void requireSegment(String segment) {
        Objects.requireNonNull(segment, "segment");
    }
}
