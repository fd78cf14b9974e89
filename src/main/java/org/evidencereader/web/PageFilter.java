package org.evidencereader.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.Route;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The hot path: a plain {@code GET} of a page or a hashed asset that is in memory is answered here,
 * with the very bytes and headers the controllers would send, without Spring MVC's dispatch
 * (handler lookup, argument resolution, content negotiation), which cost about as much as
 * everything else together (see docs/benchmarks.md). Anything else goes on to the controllers:
 * a query string ({@code ?lang=en} sets the cookie), an unknown path (404), the API, other methods.
 * It runs after every other filter, so headers they add (security headers) are kept.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PageFilter extends OncePerRequestFilter {

    private static final String PAGE_CACHE_CONTROL = CacheControl.noCache().getHeaderValue();
    private static final String ASSET_CACHE_CONTROL = AssetController.IMMUTABLE.getHeaderValue();
    /** Unhashed asset paths ({@code /css/reader.css}) change with each build: cached for an hour. */
    private static final String PLAIN_ASSET_CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic().getHeaderValue();

    private final Resolved<SiteCache> site;
    private final Resolved<StaticAssets> assets;
    private final Resolved<LocaleResolver> locales;

    PageFilter(
            ObjectProvider<SiteCache> site,
            ObjectProvider<StaticAssets> assets,
            ObjectProvider<LocaleResolver> locales) {
        this.site = new Resolved<>(site);
        this.assets = new Resolved<>(assets);
        this.locales = new Resolved<>(locales);
    }

    /**
     * A bean looked up when first needed (the filter is made before them, and a test slice may have
     * none), then kept: asking the bean factory on every request cost a few per cent of the
     * throughput (docs/benchmarks.md, "Throughput").
     */
    private static final class Resolved<T> {
        private final ObjectProvider<T> provider;
        private volatile T bean;

        Resolved(ObjectProvider<T> provider) {
            this.provider = provider;
        }

        T getIfAvailable() {
            T found = bean;
            if (found == null) {
                found = provider.getIfAvailable();
                bean = found;
            }
            return found;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean hashed = path.startsWith(StaticAssets.PREFIX);
        if (hashed || path.startsWith("/css/") || path.startsWith("/js/")) {
            // An asset under its hashed name, or under its plain one (/css/reader.css, for links made
            // before the hashed names): the same compressed copy either way. A query string (?v=2)
            // changes nothing for a file.
            StaticAssets known = assets.getIfAvailable();
            Optional<StaticAssets.Asset> asset = known == null
                    ? Optional.empty()
                    : hashed
                            ? known.byHashedPath(path.substring(StaticAssets.PREFIX.length()))
                            : known.byPath(path.substring(1));
            if (asset.isPresent()) {
                write(
                        asset.get().served(),
                        request,
                        response,
                        hashed ? ASSET_CACHE_CONTROL : PLAIN_ASSET_CACHE_CONTROL,
                        Responses.VARY_ENCODING,
                        head);
                return;
            }
        } else if (request.getQueryString() == null && Route.parse(path).orElse(null) instanceof Route.Page route) {
            // With a query string (?lang=en, what-if values) a page is the controllers' to answer.
            SiteCache cache = site.getIfAvailable();
            LocaleResolver resolver = locales.getIfAvailable();
            if (cache != null && resolver != null) {
                Locale locale = resolver.resolveLocale(request);
                Optional<RenderedPage> page = cache.get(route, locale);
                if (page.isPresent()) {
                    write(page.get(), request, response, PAGE_CACHE_CONTROL, Responses.VARY_LOCALISED, head);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The stored answer, or for HEAD ({@code head}) its headers alone, Content-Length included. */
    private static void write(
            RenderedPage page,
            HttpServletRequest request,
            HttpServletResponse response,
            String cacheControl,
            String vary,
            boolean head)
            throws IOException {
        boolean gzip = Responses.acceptsGzip(request);
        response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, vary);
        if (page.status() == HttpStatus.OK && Responses.notModified(page, request)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setStatus(page.status().value());
        response.setContentType(page.contentType().toString());
        byte[] body = gzip ? page.gzip() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }
}
