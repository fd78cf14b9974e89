package org.evidencereader.site;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Matches a request path against the route patterns ({@link Route#ARTICLE} …), segment by
 * segment: a {@code {slug}} or {@code {id}} segment takes any non-empty segment, any other must be
 * equal. Each shape is tried in turn; there are few, and a match costs a split and a few compares.
 */
final class RouteParser {

    /** A pattern split into segments, and how to make its route from the {@code slug} and {@code id} found. */
    private record Shape(List<String> segments, BiFunction<String, String, Route> route) {

        Shape(String pattern, BiFunction<String, String, Route> route) {
            this(split(pattern), route);
        }

        Optional<Route> match(List<String> path) {
            if (path.size() != segments.size()) {
                return Optional.empty();
            }
            String slug = null;
            String id = null;
            for (int i = 0; i < path.size(); i++) {
                String expected = segments.get(i);
                switch (expected) {
                    case SLUG -> slug = path.get(i);
                    case ID -> id = path.get(i);
                    default -> {
                        if (!expected.equals(path.get(i))) {
                            return Optional.empty();
                        }
                    }
                }
            }
            return Optional.of(route.apply(slug, id));
        }
    }

    private static final String SLUG = "{slug}";
    private static final String ID = "{id}";

    private static final List<Shape> SHAPES = List.of(
            new Shape(Route.LIBRARY, (slug, id) -> new Route.Library()),
            new Shape(Route.DIAGNOSTICS, (slug, id) -> new Route.Diagnostics()),
            new Shape(Route.ARTICLE, (slug, id) -> new Route.Article(slug)),
            new Shape(Route.FIGURE, Route.Figure::new),
            new Shape(Route.LEDGER, (slug, id) -> new Route.Ledger(slug)),
            new Shape(Route.LEDGER_CSV, (slug, id) -> new Route.LedgerCsv(slug)),
            new Shape(Route.LEDGER_JSON, (slug, id) -> new Route.LedgerJson(slug)),
            new Shape(Route.ARTICLE_WHAT_IF, (slug, id) -> new Route.ArticleWhatIf(slug)),
            new Shape(Route.FIGURE_WHAT_IF, Route.FigureWhatIf::new),
            new Shape(Route.API_ARTICLES, (slug, id) -> new Route.ApiArticles()),
            new Shape(Route.API_ARTICLE, (slug, id) -> new Route.ApiArticle(slug)),
            new Shape(Route.API_FIGURE, Route.ApiFigure::new),
            new Shape(Route.API_CLAIM_REVIEW, (slug, id) -> new Route.ApiClaimReview(slug)),
            new Shape(Route.API_COVERAGE, (slug, id) -> new Route.ApiCoverage(slug)),
            new Shape(Route.API_WHAT_IF, (slug, id) -> new Route.ApiWhatIf(slug)),
            new Shape(Route.API_DIAGNOSTICS, (slug, id) -> new Route.ApiDiagnostics()));

    private RouteParser() {}

    static Optional<Route> parse(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = split(path);
        if (segments.contains("")) {
            return Optional.empty();
        }
        for (Shape shape : SHAPES) {
            Optional<Route> route = shape.match(segments);
            if (route.isPresent()) {
                return route;
            }
        }
        return Optional.empty();
    }

    /** {@code /} → none, {@code /a/b} → a, b; {@code /a/} → a, "" (an empty segment: no route). */
    private static List<String> split(String path) {
        return path.equals("/") ? List.of() : List.of(path.substring(1).split("/", -1));
    }
}
