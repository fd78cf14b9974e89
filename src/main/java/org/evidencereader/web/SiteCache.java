package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rendered pages and JSON documents of the library's current snapshot, each with its gzip copy
 * and ETags. When the library swaps in a new snapshot, they are built again at once, on the swapping
 * thread, but only for articles that changed: an article carried over unchanged keeps its pages and
 * documents. Requests only look them up.
 */
@Component
class SiteCache {

    /** What one snapshot serves; {@code byArticle} is keyed by identity so unchanged articles are reused. */
    private record Site(long version, Map<String, RenderedPage> pages, Map<ReaderArticle, Map<String, RenderedPage>> byArticle) {
    }

    private final Library library;
    private final PageRenderer renderer;
    private final DocumentRenderer documents;
    private volatile Site site;

    SiteCache(Library library, ITemplateEngine templates, MessageSource messages, JsonMapper json, StaticAssets assets) {
        this.library = library;
        this.renderer = new PageRenderer(templates, messages, assets, PageLinks.SERVER);
        this.documents = new DocumentRenderer(json, messages);
        library.onSwap(this::refresh);
    }

    Optional<RenderedPage> page(String path, Locale locale) {
        return Optional.ofNullable(current().pages().get(PageRenderer.key(path, locale)));
    }

    /** A JSON (or CSV) document: the one in this language if it depends on the language, else the only one. */
    Optional<RenderedPage> document(String path, Locale locale) {
        Map<String, RenderedPage> pages = current().pages();
        RenderedPage localised = pages.get(PageRenderer.key(path, locale));
        return Optional.ofNullable(localised != null ? localised : pages.get(DocumentRenderer.key(path)));
    }

    RenderedPage notFound(Locale locale) {
        return current().pages().get(PageRenderer.key(PageRenderer.NOT_FOUND, locale));
    }

    private Site current() {
        LibrarySnapshot snapshot = library.current();
        Site cached = site;
        return cached != null && cached.version() == snapshot.version() ? cached : refresh(snapshot);
    }

    private synchronized Site refresh(LibrarySnapshot snapshot) {
        Site previous = site;
        if (previous != null && previous.version() >= snapshot.version()) {
            return previous;
        }
        Map<ReaderArticle, Map<String, RenderedPage>> byArticle = new IdentityHashMap<>();
        Map<String, RenderedPage> pages = new HashMap<>(renderer.renderLibrary(snapshot));
        pages.putAll(documents.renderLibrary(snapshot));
        for (ReaderArticle article : snapshot.articles()) {
            Map<String, RenderedPage> articlePages = previous != null && previous.byArticle().containsKey(article)
                    ? previous.byArticle().get(article)
                    : render(article);
            byArticle.put(article, articlePages);
            pages.putAll(articlePages);
        }
        Site next = new Site(snapshot.version(), Map.copyOf(pages), byArticle);
        site = next;
        return next;
    }

    private Map<String, RenderedPage> render(ReaderArticle article) {
        Map<String, RenderedPage> built = new HashMap<>(renderer.renderArticle(article));
        built.putAll(documents.renderArticle(article));
        return Map.copyOf(built);
    }
}
