package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.Route;
import org.evidencereader.site.SiteCache;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reader's pages, served from the rendered site in memory: gzip when the browser takes it,
 * {@code 304} when its copy is current, and {@code no-cache} because a page changes on reload.
 */
@Controller
class PageController {

    private final SiteCache site;

    PageController(SiteCache site) {
        this.site = site;
    }

    @GetMapping(Route.LIBRARY)
    ResponseEntity<byte[]> library(Locale locale, HttpServletRequest request) {
        return serve(new Route.Library(), locale, request);
    }

    @GetMapping(Route.ARTICLE)
    ResponseEntity<byte[]> article(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve(new Route.Article(slug), locale, request);
    }

    @GetMapping(Route.FIGURE)
    ResponseEntity<byte[]> figure(
            @PathVariable String slug, @PathVariable String id, Locale locale, HttpServletRequest request) {
        return serve(new Route.Figure(slug, id), locale, request);
    }

    @GetMapping(Route.LEDGER)
    ResponseEntity<byte[]> ledger(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve(new Route.Ledger(slug), locale, request);
    }

    @GetMapping(Route.DIAGNOSTICS)
    ResponseEntity<byte[]> diagnostics(Locale locale, HttpServletRequest request) {
        return serve(new Route.Diagnostics(), locale, request);
    }

    /**
     * The static export's addresses end in '/' (a folder's {@code index.html}), and links shared from
     * it do too: here the same address leads to the page, permanently, with its query kept.
     */
    @GetMapping({Route.ARTICLE + "/", Route.FIGURE + "/", Route.LEDGER + "/", Route.DIAGNOSTICS + "/"})
    ResponseEntity<byte[]> withoutTrailingSlash(HttpServletRequest request) {
        // The path and query as the browser sent them (a query may hold a bare '%'): always this
        // site's own /articles/… or /diagnostics address, so never a redirect elsewhere.
        String path = request.getRequestURI();
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, path.substring(0, path.length() - 1) + (query == null ? "" : "?" + query))
                .build();
    }

    private ResponseEntity<byte[]> serve(Route.Page page, Locale locale, HttpServletRequest request) {
        RenderedPage rendered = site.get(page, locale).orElseGet(() -> site.notFound(locale));
        return Responses.serve(rendered, request, CacheControl.noCache(), Responses.VARY_LOCALISED);
    }
}
