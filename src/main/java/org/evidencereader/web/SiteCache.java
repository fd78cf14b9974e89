package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rendered pages of the library's current snapshot. When the library swaps in a new snapshot,
 * the pages are rendered again at once, on the swapping thread, but only for articles that changed:
 * an article carried over unchanged keeps its pages. Requests only look pages up.
 */
@Component
class SiteCache {

    /** Pages of one snapshot; {@code byArticle} is keyed by identity so unchanged articles are reused. */
    private record Site(long version, Map<String, RenderedPage> pages, Map<ReaderArticle, Map<String, RenderedPage>> byArticle) {
    }

    private final Library library;
    private final PageRenderer renderer;
    private volatile Site site;

    SiteCache(Library library, ITemplateEngine templates, MessageSource messages) {
        this.library = library;
        this.renderer = new PageRenderer(templates, messages);
        library.onSwap(this::refresh);
    }

    Optional<RenderedPage> page(String path, Locale locale) {
        return Optional.ofNullable(current().pages().get(PageRenderer.key(path, locale)));
    }

    RenderedPage notFound(Locale locale) {
        return current().pages().get(PageRenderer.key("404", locale));
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
        for (ReaderArticle article : snapshot.articles()) {
            Map<String, RenderedPage> articlePages = previous != null && previous.byArticle().containsKey(article)
                    ? previous.byArticle().get(article)
                    : renderer.renderArticle(article);
            byArticle.put(article, articlePages);
            pages.putAll(articlePages);
        }
        Site next = new Site(snapshot.version(), Map.copyOf(pages), byArticle);
        site = next;
        return next;
    }
}
