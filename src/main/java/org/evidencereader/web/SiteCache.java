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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered pages and JSON documents of the library's current snapshot, each with its gzip copy
 * and ETags. The library-wide pages and documents (the list of articles, diagnostics, the 404 page)
 * are built at once when the library swaps in a new snapshot, on the swapping thread. An article's
 * pages are built on the first request for one of them, in that request's language (its reader
 * page, ledger and the derivation page of every figure together), and its documents on the first
 * request for one of them; then they are kept for as long as the article is unchanged: an article
 * carried over unchanged into a new snapshot keeps whatever was built for it. So start-up and a
 * reload cost the same whatever the number of articles, and the heap holds only the pages that
 * were asked for (docs/benchmarks.md, "Scale"). Requests after the first only look them up.
 */
@Component
class SiteCache {

    private static final String ARTICLES = "/articles/";
    private static final String API_ARTICLES = "/api/articles/";

    /**
     * What one snapshot serves: the library-wide pages, and each article's, keyed by slug;
     * {@code byArticle} is keyed by identity so unchanged articles are reused.
     */
    private record Site(long version, Map<String, RenderedPage> library, Map<String, ArticleSite> bySlug,
                        Map<ReaderArticle, ArticleSite> byArticle) {
    }

    /** One article's pages, built per language on first use, and its documents, built on first use. */
    private final class ArticleSite {
        private final ReaderArticle article;
        private final Map<Locale, Map<String, RenderedPage>> pages = new ConcurrentHashMap<>();
        private volatile Map<String, RenderedPage> documents;

        ArticleSite(ReaderArticle article) {
            this.article = article;
        }

        Map<String, RenderedPage> pages(Locale locale) {
            return pages.computeIfAbsent(locale, l -> Map.copyOf(renderer.renderArticle(article, l)));
        }

        Map<String, RenderedPage> documents() {
            Map<String, RenderedPage> built = documents;
            if (built == null) {
                synchronized (this) {
                    built = documents;
                    if (built == null) {
                        built = Map.copyOf(SiteCache.this.documents.renderArticle(article));
                        documents = built;
                    }
                }
            }
            return built;
        }
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
        Site current = current();
        String key = PageRenderer.key(path, locale);
        Optional<ArticleSite> article = articleOf(current, path, ARTICLES);
        if (article.isPresent()) {
            // Pages exist in the supported languages only, as when they were all built in advance.
            return SupportedLocales.ALL.stream().filter(l -> SupportedLocales.tag(l).equals(SupportedLocales.tag(locale)))
                    .findFirst().map(l -> article.get().pages(l).get(key));
        }
        return Optional.ofNullable(current.library().get(key));
    }

    /** A JSON (or CSV) document: the one in this language if it depends on the language, else the only one. */
    Optional<RenderedPage> document(String path, Locale locale) {
        Site current = current();
        Optional<ArticleSite> article = articleOf(current, path, API_ARTICLES).or(() -> articleOf(current, path, ARTICLES));
        Map<String, RenderedPage> pages = article.isPresent() ? article.get().documents() : current.library();
        RenderedPage localised = pages.get(PageRenderer.key(path, locale));
        return Optional.ofNullable(localised != null ? localised : pages.get(DocumentRenderer.key(path)));
    }

    RenderedPage notFound(Locale locale) {
        return current().library().get(PageRenderer.key(PageRenderer.NOT_FOUND, locale));
    }

    /** The article a path under {@code prefix} belongs to ({@code /articles/<slug>}, {@code /articles/<slug>/…}). */
    private static Optional<ArticleSite> articleOf(Site site, String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', prefix.length());
        String slug = path.substring(prefix.length(), end < 0 ? path.length() : end);
        return Optional.ofNullable(site.bySlug().get(slug));
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
        Map<String, RenderedPage> pages = new HashMap<>(renderer.renderLibrary(snapshot));
        pages.putAll(documents.renderLibrary(snapshot));
        Map<ReaderArticle, ArticleSite> byArticle = new IdentityHashMap<>();
        Map<String, ArticleSite> bySlug = new HashMap<>();
        for (ReaderArticle article : snapshot.articles()) {
            ArticleSite kept = previous == null ? null : previous.byArticle().get(article);
            ArticleSite articleSite = kept != null ? kept : new ArticleSite(article);
            byArticle.put(article, articleSite);
            bySlug.put(article.slug(), articleSite);
        }
        Site next = new Site(snapshot.version(), Map.copyOf(pages), Map.copyOf(bySlug), byArticle);
        site = next;
        return next;
    }
}
