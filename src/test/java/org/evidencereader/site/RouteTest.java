package org.evidencereader.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

class RouteTest {

    /** One route of every kind, with the pattern its controller is mapped to. */
    private static final Map<Route, String> SAMPLES = Map.ofEntries(
            Map.entry(new Route.Library(), Route.LIBRARY),
            Map.entry(new Route.Diagnostics(), Route.DIAGNOSTICS),
            Map.entry(new Route.Article("demo"), Route.ARTICLE),
            Map.entry(new Route.Figure("demo", "gpu-power"), Route.FIGURE),
            Map.entry(new Route.Ledger("demo"), Route.LEDGER),
            Map.entry(new Route.LedgerCsv("demo"), Route.LEDGER_CSV),
            Map.entry(new Route.LedgerJson("demo"), Route.LEDGER_JSON),
            Map.entry(new Route.ArticleWhatIf("demo"), Route.ARTICLE_WHAT_IF),
            Map.entry(new Route.FigureWhatIf("demo", "gpu-power"), Route.FIGURE_WHAT_IF),
            Map.entry(new Route.ApiArticles(), Route.API_ARTICLES),
            Map.entry(new Route.ApiArticle("demo"), Route.API_ARTICLE),
            Map.entry(new Route.ApiFigure("demo", "gpu-power"), Route.API_FIGURE),
            Map.entry(new Route.ApiClaimReview("demo"), Route.API_CLAIM_REVIEW),
            Map.entry(new Route.ApiCoverage("demo"), Route.API_COVERAGE),
            Map.entry(new Route.ApiWhatIf("demo"), Route.API_WHAT_IF),
            Map.entry(new Route.ApiDiagnostics(), Route.API_DIAGNOSTICS));

    @Test
    void samplesCoverEveryKindOfRoute() {
        Set<Class<?>> sampled = SAMPLES.keySet().stream().map(Object::getClass).collect(Collectors.toSet());
        List<Class<?>> kinds = new ArrayList<>();
        collectRecords(Route.class, kinds);
        kinds.remove(Route.NotFound.class); // no address of its own
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(kinds);
    }

    @Test
    void everyRouteParsesBackFromItsPath() {
        SAMPLES.keySet()
                .forEach(route ->
                        assertThat(Route.parse(route.path())).as(route.path()).contains(route));
    }

    @Test
    void everyPathMatchesThePatternItsControllerIsMappedTo() {
        SAMPLES.forEach((route, pattern) -> assertThat(
                        PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(route.path())))
                .as(route.path() + " ~ " + pattern)
                .isTrue());
    }

    @Test
    void pathsAreTheAddressesOfThePublicContract() {
        assertThat(new Route.Figure("demo", "gpu-power").path()).isEqualTo("/articles/demo/figures/gpu-power");
        assertThat(new Route.LedgerCsv("demo").path()).isEqualTo("/articles/demo/ledger.csv");
        assertThat(new Route.ApiFigure("demo", "gpu-power").path()).isEqualTo("/api/articles/demo/figures/gpu-power");
        assertThat(new Route.ApiClaimReview("demo").path()).isEqualTo("/api/articles/demo/claimreview");
        assertThat(new Route.Library().path()).isEqualTo("/");
    }

    @Test
    void parsesNoTrailingSlashEmptySegmentOrUnknownTail() {
        for (String path : List.of(
                "",
                "articles/demo",
                "/articles",
                "/articles/",
                "/articles/demo/",
                "//articles/demo",
                "/articles//figures/x",
                "/articles/demo/figures",
                "/articles/demo/figures/x/y",
                "/articles/demo/ledger.xml",
                "/api",
                "/api/",
                "/api/articles/demo/figures",
                "/diagnostics/",
                "/assets/css/reader.css",
                "/favicon.ico")) {
            assertThat(Route.parse(path)).as(path).isEmpty();
        }
        assertThat(Route.parse(null)).isEmpty();
    }

    @Test
    void theExportWritesPagesAsFoldersAndApiDocumentsAsIndexJson() {
        assertThat(new Route.Library().exportFile()).contains("index.html");
        assertThat(new Route.NotFound().exportFile()).contains("404.html");
        assertThat(new Route.Figure("demo", "gpu-power").exportFile())
                .contains("articles/demo/figures/gpu-power/index.html");
        assertThat(new Route.LedgerJson("demo").exportFile()).contains("articles/demo/ledger.json");
        assertThat(new Route.ApiArticles().exportFile()).contains("api/articles/index.json");
        assertThat(new Route.ApiClaimReview("demo").exportFile()).contains("api/articles/demo/claimreview/index.json");
        assertThat(new Route.ArticleWhatIf("demo").exportFile())
                .as("needs the server")
                .isEqualTo(Optional.empty());
        assertThat(new Route.ApiCoverage("demo").exportFile()).isEmpty();
    }

    @Test
    void onlyPagesAndClaimReviewsDependOnTheLanguage() {
        assertThat(SAMPLES.keySet().stream()
                        .filter(Route::localised)
                        .map(Object::getClass)
                        .map(Class::getSimpleName))
                .containsExactlyInAnyOrder(
                        "Library",
                        "Diagnostics",
                        "Article",
                        "Figure",
                        "Ledger",
                        "ArticleWhatIf",
                        "FigureWhatIf",
                        "ApiClaimReview",
                        "ApiWhatIf");
    }

    @Test
    void aKeyHoldsALanguageOnlyForWhatDependsOnIt() {
        Locale taiwan = Locale.TRADITIONAL_CHINESE;
        assertThat(PageKey.of(new Route.Article("demo"), taiwan))
                .isEqualTo(new PageKey(new Route.Article("demo"), SupportedLocales.CHINESE));
        assertThat(PageKey.of(new Route.ApiArticle("demo"), Locale.ENGLISH))
                .isEqualTo(PageKey.of(new Route.ApiArticle("demo"), SupportedLocales.CHINESE))
                .isEqualTo(new PageKey(new Route.ApiArticle("demo"), Locale.ROOT));
        assertThat(PageKey.of(new Route.ApiClaimReview("demo"), Locale.ENGLISH))
                .isNotEqualTo(PageKey.of(new Route.ApiClaimReview("demo"), SupportedLocales.CHINESE));
    }

    @Test
    void theServersLinksAreThePathsAndItsLanguageSwitchAQuery() {
        Links zh = Links.server(SupportedLocales.CHINESE);
        assertThat(zh.figure("demo", "gpu-power")).isEqualTo("/articles/demo/figures/gpu-power");
        assertThat(zh.library()).isEqualTo("/");
        assertThat(zh.otherLanguage()).isEqualTo("?lang=en");
        assertThat(Links.server(Locale.ENGLISH).otherLanguage()).isEqualTo("?lang=zh");
        assertThat(zh.assetRoot()).isEmpty();
        assertThat(zh.exported()).isFalse();
    }

    @Test
    void aPatternAsARegularExpressionMatchesThePathsOfItsRoutesOnly() {
        String whatIf = Route.regex(Route.FIGURE_WHAT_IF);
        assertThat(whatIf).isEqualTo("^/articles/[^/]+/figures/[^/]+/what-if$");
        assertThat("/articles/demo/figures/gpu-power/what-if").matches(whatIf);
        assertThat("/articles/demo/what-if").doesNotMatch(whatIf);
        assertThat("/articles/demo/figures/a/b/what-if").doesNotMatch(whatIf);
        assertThat(Route.regex(Route.LEDGER_CSV)).isEqualTo("^/articles/[^/]+/ledger\\.csv$");
        assertThat("/articles/demo/ledgerXcsv").doesNotMatch(Route.regex(Route.LEDGER_CSV));
        SAMPLES.forEach((route, pattern) -> assertThat(route.path()).matches(Route.regex(pattern)));
    }

    private static void collectRecords(Class<?> type, List<Class<?>> into) {
        if (type.isRecord()) {
            if (!into.contains(type)) {
                into.add(type);
            }
            return;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            collectRecords(permitted, into);
        }
    }
}
