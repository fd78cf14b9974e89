package org.evidencereader.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.evidencereader.library.Figure;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's JSON documents and the ledger downloads, serialised once per snapshot (on the server,
 * when first asked for) with the application's own {@link JsonMapper}. A document that depends on
 * the language (ClaimReview) has one key per language, the others one key each
 * ({@link PageKey#of}).
 */
final class DocumentRenderer {

    static final MediaType JSON = MediaType.APPLICATION_JSON;
    static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JsonMapper json;
    private final MessageSource messages;

    DocumentRenderer(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The library-wide documents, not yet serialised: each key with what serialises it. */
    Map<PageKey, Supplier<RenderedPage>> libraryDocuments(LibrarySnapshot snapshot) {
        Map<PageKey, Supplier<RenderedPage>> documents = new HashMap<>();
        put(
                documents,
                new Route.ApiArticles(),
                () -> json(
                        snapshot.articles().stream().map(ApiDocuments::summary).toList(), JSON));
        put(documents, new Route.ApiDiagnostics(), () -> json(ApiDocuments.diagnostics(snapshot), JSON));
        return documents;
    }

    /** An article's documents, not yet serialised: each key with what serialises it. */
    Map<PageKey, Supplier<RenderedPage>> articleDocuments(ReaderArticle article) {
        Map<PageKey, Supplier<RenderedPage>> documents = new HashMap<>();
        String slug = article.slug();
        put(documents, new Route.ApiArticle(slug), () -> json(ApiDocuments.article(article), JSON));
        for (Figure figure : article.figures().values()) {
            put(
                    documents,
                    new Route.ApiFigure(slug, figure.id()),
                    () -> json(ApiDocuments.figure(article, figure), JSON));
        }
        for (Locale locale : SupportedLocales.ALL) {
            documents.put(
                    PageKey.of(new Route.ApiClaimReview(slug), locale),
                    () -> json(ClaimReviews.of(article, messages, locale), JSON_LD));
        }
        put(documents, new Route.LedgerJson(slug), () -> json(LedgerDocuments.rows(article), JSON));
        // A byte-order mark so that spreadsheet programs read the Chinese text as UTF-8.
        put(
                documents,
                new Route.LedgerCsv(slug),
                () -> RenderedPage.of(
                        ("\uFEFF" + LedgerDocuments.csv(article)).getBytes(StandardCharsets.UTF_8),
                        CSV,
                        HttpStatus.OK));
        return documents;
    }

    /** A document that is the same in every language. */
    private static void put(
            Map<PageKey, Supplier<RenderedPage>> documents, Route route, Supplier<RenderedPage> recipe) {
        documents.put(PageKey.of(route, Locale.ROOT), recipe);
    }

    private RenderedPage json(Object document, MediaType type) {
        return RenderedPage.of(json.writeValueAsBytes(document), type, HttpStatus.OK);
    }
}
