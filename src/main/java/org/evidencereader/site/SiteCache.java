package org.evidencereader.site;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.evidencereader.library.Library;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.system.ReaderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

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
 * </ul>
 * A page is rendered by the request that first asks for it, outside any lock: others asking for
 * the same page meanwhile wait for that render, and a page still being rendered when its article
 * changes is dropped with the rest of the article's pages, never stored for the old version.
 * See docs/benchmarks.md, "Scale" and "Start-up".
 */
@Component
// The cache's bound is a reader.* setting: any context with the cache binds them, test slices included.
@EnableConfigurationProperties(ReaderProperties.class)
public class SiteCache {

    /** What a cached entry costs beyond its bytes: the key, the record, the ETags. */
    private static final int ENTRY_OVERHEAD = 256;

    /**
     * What one snapshot serves: the library-wide pages and documents (rendered on first use, kept
     * for this snapshot) and each article's, keyed by slug; {@code byArticle} is keyed by identity
     * so unchanged articles are reused.
     */
    private record Site(
            long version,
            Map<PageKey, Supplier<RenderedPage>> libraryRecipes,
            ConcurrentMap<PageKey, CompletableFuture<RenderedPage>> library,
            Map<String, ArticleSite> bySlug,
            Map<ReaderArticle, ArticleSite> byArticle) {

        Optional<RenderedPage> libraryPage(PageKey key) {
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
        private final Map<Locale, Map<PageKey, Supplier<RenderedPage>>> pages = new ConcurrentHashMap<>();
        private volatile Map<PageKey, Supplier<RenderedPage>> documents;

        ArticleSite(ReaderArticle article) {
            this.article = article;
        }

        Optional<RenderedPage> get(PageKey key) {
            if (!(key.route() instanceof Route.Page)) {
                return rendered(key, documents());
            }
            // Pages exist in the supported languages only.
            if (!SupportedLocales.ALL.contains(key.locale())) {
                return Optional.empty();
            }
            return rendered(key, pages.computeIfAbsent(key.locale(), l -> Map.copyOf(site.articlePages(article, l))));
        }

        private Map<PageKey, Supplier<RenderedPage>> documents() {
            Map<PageKey, Supplier<RenderedPage>> recipes = documents;
            if (recipes == null) {
                recipes = Map.copyOf(site.articleDocuments(article));
                documents = recipes;
            }
            return recipes;
        }

        private Optional<RenderedPage> rendered(PageKey key, Map<PageKey, Supplier<RenderedPage>> recipes) {
            Supplier<RenderedPage> recipe = recipes.get(key);
            return recipe == null ? Optional.empty() : Optional.of(once(cache.asMap(), new Entry(this, key), recipe));
        }
    }

    /** A cached page of an article: the article's site (by identity) and the page's key. */
    private record Entry(ArticleSite site, PageKey key) {}

    private final Library library;
    private final SitePages site;
    private final AsyncCache<Entry, RenderedPage> cache;
    private volatile Site current;

    SiteCache(
            Library library,
            ITemplateEngine templates,
            MessageSource messages,
            JsonMapper json,
            StaticAssets assets,
            ReaderProperties properties) {
        this.library = library;
        this.site = new SitePages(
                templates,
                messages,
                json,
                assets,
                Links.SERVER,
                properties.editing(),
                properties.editing()
                        ? Optional.of(new EditorDrafts(library.loader().claimsDir()))
                        : Optional.empty());
        this.cache = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, properties.pageCache().toBytes()))
                .<Entry, RenderedPage>weigher((entry, page) -> page.body().length + page.gzip().length + ENTRY_OVERHEAD)
                .buildAsync();
        library.onSwap(this::refresh);
    }

    /**
     * The page or document at this route in this language (the only one if it is the same in
     * every language), if the current snapshot has it.
     */
    public Optional<RenderedPage> get(Route route, Locale locale) {
        Site site = current();
        PageKey key = PageKey.of(route, locale);
        if (route instanceof Route.OfArticle ofArticle) {
            ArticleSite article = site.bySlug().get(ofArticle.slug());
            return article == null ? Optional.empty() : article.get(key);
        }
        return site.libraryPage(key);
    }

    /** The 404 page in this language. */
    public RenderedPage notFound(Locale locale) {
        return get(new Route.NotFound(), locale).orElseThrow();
    }

    /** How many article pages and documents are held, and their size in bytes with their gzip copies. */
    public record Held(long entries, long bytes) {}

    public Held held() {
        cache.synchronous().cleanUp();
        long bytes = cache.synchronous()
                .policy()
                .eviction()
                .flatMap(e -> e.weightedSize().stream().boxed().findFirst())
                .orElse(0L);
        return new Held(cache.synchronous().estimatedSize(), bytes);
    }

    /**
     * The page under {@code key}, rendered by this call if nobody has rendered it or is rendering
     * it, outside the map's locks; while it renders, the map holds the unfinished page, so others
     * wait for it and a removal (a swap) drops it.
     */
    private static <K> RenderedPage once(
            ConcurrentMap<K, CompletableFuture<RenderedPage>> pages, K key, Supplier<RenderedPage> recipe) {
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

    private Site current() {
        LibrarySnapshot snapshot = library.current();
        Site cached = current;
        return cached != null && cached.version() == snapshot.version() ? cached : refresh(snapshot);
    }

    /** Makes a new snapshot's pages known, renders none of them, and drops what changed articles had rendered. */
    private synchronized Site refresh(LibrarySnapshot snapshot) {
        Site previous = current;
        if (previous != null && previous.version() >= snapshot.version()) {
            return previous;
        }
        Map<ReaderArticle, ArticleSite> byArticle = new IdentityHashMap<>();
        Map<String, ArticleSite> bySlug = new HashMap<>();
        for (ReaderArticle article : snapshot.articles()) {
            ArticleSite kept = previous == null ? null : previous.byArticle().get(article);
            ArticleSite articleSite = kept != null ? kept : new ArticleSite(article);
            byArticle.put(article, articleSite);
            bySlug.put(article.slug(), articleSite);
        }
        Site next = new Site(
                snapshot.version(),
                Map.copyOf(site.library(snapshot)),
                new ConcurrentHashMap<>(),
                Map.copyOf(bySlug),
                byArticle);
        current = next;
        if (previous != null) {
            Set<ArticleSite> live = Set.copyOf(bySlug.values());
            // The async view holds pages still being rendered too: those of changed articles go as well.
            cache.asMap().keySet().removeIf(entry -> !live.contains(entry.site()));
        }
        return next;
    }
}
