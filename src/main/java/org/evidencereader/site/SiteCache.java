package org.evidencereader.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The rendered pages and JSON documents of the library's current snapshot, each with its gzip copy
 * and ETags, built when first asked for and then served from memory.
 * <ul>
 * <li>A swap to a new snapshot renders nothing: it only makes the new snapshot's pages known (a
 * recipe per page). So a reload costs the same whatever the number of articles.</li>
 * <li>The library-wide pages and documents (the list of articles, diagnostics, the 404 page) are
 * rendered on the first request for each after a swap, and kept for that snapshot.</li>
 * <li>An article's pages and documents are rendered one at a time, on the first request for each,
 * and kept while the article is unchanged: an article carried over unchanged into a new snapshot
 * keeps what was rendered for it. They are held in one cache bounded by size
 * ({@code reader.page-cache}, 64 MB by default, counting each page and its gzip copy); the pages
 * least recently asked for are dropped first and rendered again if asked for again, with the same
 * bytes and ETag.</li>
 * <li>Under that, an article's pages are kept on disk ({@link PageStore}, {@code reader.page-store})
 * under the digest of the article version's files: after a restart an unchanged article's pages are
 * read back instead of rendered.</li>
 * </ul>
 * A page is rendered by the request that first asks for it, outside any lock: others asking for
 * the same page meanwhile wait for that render, and a page still being rendered when its article
 * changes is dropped with the rest of the article's pages, never stored for the old version.
 * See docs/benchmarks.md, "Scale" and "Start-up".
 */
@Component
class SiteCache {

    private static final String ARTICLES = "/articles/";
    private static final String API_ARTICLES = "/api/articles/";
    /** What a cached entry costs beyond its bytes: the key, the record, the ETags. */
    private static final int ENTRY_OVERHEAD = 256;

    /**
     * What one snapshot serves: the library-wide pages and documents (rendered on first use, kept
     * for this snapshot) and each article's, keyed by slug; {@code byArticle} is keyed by identity
     * so unchanged articles are reused.
     */
    private record Site(long version, Map<String, Supplier<RenderedPage>> libraryRecipes,
                        ConcurrentMap<String, CompletableFuture<RenderedPage>> library, Map<String, ArticleSite> bySlug,
                        Map<ReaderArticle, ArticleSite> byArticle) {

        Optional<RenderedPage> libraryPage(String key) {
            Supplier<RenderedPage> recipe = libraryRecipes.get(key);
            return recipe == null ? Optional.empty() : Optional.of(once(library, key, recipe));
        }
    }

    /**
     * One article's pages, per language, and documents, as recipes; what they render is kept in
     * the shared bounded cache under this object (compared by identity) and the page's key.
     */
    private final class ArticleSite {
        private final ReaderArticle article;
        private final Map<Locale, Map<String, Supplier<RenderedPage>>> pages = new ConcurrentHashMap<>();
        private volatile Map<String, Supplier<RenderedPage>> documents;

        ArticleSite(ReaderArticle article) {
            this.article = article;
        }

        Optional<RenderedPage> page(String key, Locale locale) {
            return rendered(key, pages.computeIfAbsent(locale, l -> Map.copyOf(renderer.articlePages(article, l))));
        }

        Optional<RenderedPage> document(String key) {
            Map<String, Supplier<RenderedPage>> recipes = documents;
            if (recipes == null) {
                recipes = Map.copyOf(SiteCache.this.documents.articleDocuments(article));
                documents = recipes;
            }
            return rendered(key, recipes);
        }

        private Optional<RenderedPage> rendered(String key, Map<String, Supplier<RenderedPage>> recipes) {
            Supplier<RenderedPage> recipe = recipes.get(key);
            return recipe == null ? Optional.empty() : Optional.of(once(cache.asMap(), new Entry(this, key), () -> kept(key, recipe)));
        }

        /** The page as kept on disk by an earlier render of this very version, or rendered now and kept. */
        private RenderedPage kept(String key, Supplier<RenderedPage> recipe) {
            Optional<RenderedPage> stored = store.read(article.sources(), key);
            if (stored.isPresent()) {
                return stored.get();
            }
            RenderedPage page = recipe.get();
            store.write(article.sources(), key, page);
            return page;
        }
    }

    /** A cached page of an article: the article's site (by identity) and the page's key. */
    private record Entry(ArticleSite site, String key) {
    }

    private final Library library;
    private final PageRenderer renderer;
    private final DocumentRenderer documents;
    private final AsyncCache<Entry, RenderedPage> cache;
    private final PageStore store;
    private volatile Site site;

    SiteCache(Library library, ITemplateEngine templates, MessageSource messages, JsonMapper json, StaticAssets assets,
              @Value("${reader.page-cache:64MB}") DataSize pageCache, ObjectProvider<PageStore> store) {
        this.library = library;
        this.store = store.getIfAvailable(PageStore::off);
        this.renderer = new PageRenderer(templates, messages, assets, PageLinks.SERVER);
        this.documents = new DocumentRenderer(json, messages);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, pageCache.toBytes()))
                .<Entry, RenderedPage>weigher((entry, page) -> page.body().length + page.gzip().length + ENTRY_OVERHEAD)
                .buildAsync();
        library.onSwap(this::refresh);
    }

    Optional<RenderedPage> page(String path, Locale locale) {
        Site current = current();
        String key = PageRenderer.key(path, locale);
        Optional<ArticleSite> article = articleOf(current, path, ARTICLES);
        if (article.isPresent()) {
            // Pages exist in the supported languages only.
            return SupportedLocales.ALL.stream().filter(l -> SupportedLocales.tag(l).equals(SupportedLocales.tag(locale)))
                    .findFirst().flatMap(l -> article.get().page(key, l));
        }
        return current.libraryPage(key);
    }

    /** A JSON (or CSV) document: the one in this language if it depends on the language, else the only one. */
    Optional<RenderedPage> document(String path, Locale locale) {
        Site current = current();
        Optional<ArticleSite> article = articleOf(current, path, API_ARTICLES).or(() -> articleOf(current, path, ARTICLES));
        String localised = PageRenderer.key(path, locale);
        String any = DocumentRenderer.key(path);
        if (article.isPresent()) {
            return article.get().document(localised).or(() -> article.get().document(any));
        }
        return current.libraryPage(localised).or(() -> current.libraryPage(any));
    }

    RenderedPage notFound(Locale locale) {
        return current().libraryPage(PageRenderer.key(PageRenderer.NOT_FOUND, locale)).orElseThrow();
    }

    /** How many article pages and documents are held, and their size in bytes with their gzip copies. */
    record Held(long entries, long bytes) {
    }

    Held held() {
        cache.synchronous().cleanUp();
        long bytes = cache.synchronous().policy().eviction()
                .flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
        return new Held(cache.synchronous().estimatedSize(), bytes);
    }

    /**
     * The page under {@code key}, rendered by this call if nobody has rendered it or is rendering
     * it, outside the map's locks; while it renders, the map holds the unfinished page, so others
     * wait for it and a removal (a swap) drops it.
     */
    private static <K> RenderedPage once(ConcurrentMap<K, CompletableFuture<RenderedPage>> pages, K key,
                                         Supplier<RenderedPage> recipe) {
        CompletableFuture<RenderedPage> existing = pages.get(key);
        if (existing == null) {
            CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
            existing = pages.putIfAbsent(key, mine);
            if (existing == null) {
                try {
                    mine.complete(recipe.get());
                } catch (RuntimeException | Error e) {
                    pages.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                existing = mine;
            }
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
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

    /** Makes a new snapshot's pages known, renders none of them, and drops what changed articles had rendered. */
    private synchronized Site refresh(LibrarySnapshot snapshot) {
        Site previous = site;
        if (previous != null && previous.version() >= snapshot.version()) {
            return previous;
        }
        Map<String, Supplier<RenderedPage>> recipes = new HashMap<>(renderer.libraryPages(snapshot));
        recipes.putAll(documents.libraryDocuments(snapshot));
        Map<ReaderArticle, ArticleSite> byArticle = new IdentityHashMap<>();
        Map<String, ArticleSite> bySlug = new HashMap<>();
        for (ReaderArticle article : snapshot.articles()) {
            ArticleSite kept = previous == null ? null : previous.byArticle().get(article);
            ArticleSite articleSite = kept != null ? kept : new ArticleSite(article);
            byArticle.put(article, articleSite);
            bySlug.put(article.slug(), articleSite);
        }
        Site next = new Site(snapshot.version(), Map.copyOf(recipes), new ConcurrentHashMap<>(), Map.copyOf(bySlug), byArticle);
        site = next;
        if (previous != null) {
            Set<ArticleSite> live = Set.copyOf(bySlug.values());
            // The async view holds pages still being rendered too: those of changed articles go as well.
            cache.asMap().keySet().removeIf(entry -> !live.contains(entry.site()));
        }
        return next;
    }
}
