package org.evidencereader.web;

import org.evidencereader.library.Figure;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The API's JSON documents and the ledger downloads, serialised once per snapshot (on the server,
 * when first asked for) with the application's own {@link JsonMapper}, so the bytes are exactly
 * what the controllers used to write.
 * Keys are {@code "<lang> <path>"} for a document that depends on the language (ClaimReview) and
 * {@code "* <path>"} for one that does not.
 */
final class DocumentRenderer {

    static final String ANY_LANGUAGE = "*";
    static final MediaType JSON = MediaType.APPLICATION_JSON;
    static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JsonMapper json;
    private final MessageSource messages;

    DocumentRenderer(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    static String key(String path) {
        return ANY_LANGUAGE + " " + path;
    }

    Map<String, RenderedPage> renderLibrary(LibrarySnapshot snapshot) {
        return PageRenderer.renderAll(libraryDocuments(snapshot));
    }

    /** The library-wide documents, not yet serialised: each key with what serialises it. */
    Map<String, Supplier<RenderedPage>> libraryDocuments(LibrarySnapshot snapshot) {
        Map<String, Supplier<RenderedPage>> documents = new HashMap<>();
        documents.put(key("/api/articles"), () -> json(snapshot.articles().stream().map(ApiDocuments::summary).toList(), JSON));
        documents.put(key("/api/diagnostics"), () -> json(ApiDocuments.diagnostics(snapshot), JSON));
        return documents;
    }

    Map<String, RenderedPage> renderArticle(ReaderArticle article) {
        return PageRenderer.renderAll(articleDocuments(article));
    }

    /** An article's documents, not yet serialised: each key with what serialises it. */
    Map<String, Supplier<RenderedPage>> articleDocuments(ReaderArticle article) {
        Map<String, Supplier<RenderedPage>> documents = new HashMap<>();
        String api = "/api/articles/" + article.slug();
        documents.put(key(api), () -> json(ApiDocuments.article(article), JSON));
        for (Figure figure : article.figures().values()) {
            documents.put(key(api + "/figures/" + figure.id()), () -> json(ApiDocuments.figure(article, figure), JSON));
        }
        for (Locale locale : SupportedLocales.ALL) {
            documents.put(PageRenderer.key(api + "/claimreview", locale),
                    () -> json(ClaimReviews.of(article, messages, locale), JSON_LD));
        }
        String ledger = "/articles/" + article.slug() + "/ledger";
        documents.put(key(ledger + ".json"), () -> json(LedgerDocuments.rows(article), JSON));
        // A byte-order mark so that spreadsheet programs read the Chinese text as UTF-8.
        documents.put(key(ledger + ".csv"), () -> RenderedPage.of(("\uFEFF" + LedgerDocuments.csv(article))
                .getBytes(StandardCharsets.UTF_8), CSV, HttpStatus.OK));
        return documents;
    }

    private RenderedPage json(Object document, MediaType type) {
        return RenderedPage.of(json.writeValueAsBytes(document), type, HttpStatus.OK);
    }
}
