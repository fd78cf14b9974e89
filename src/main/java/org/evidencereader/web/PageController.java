package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

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

    @GetMapping("/")
    ResponseEntity<byte[]> library(Locale locale, HttpServletRequest request) {
        return serve("/", locale, request);
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<byte[]> article(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve("/articles/" + slug, locale, request);
    }

    @GetMapping("/articles/{slug}/figures/{id}")
    ResponseEntity<byte[]> figure(@PathVariable String slug, @PathVariable String id, Locale locale, HttpServletRequest request) {
        return serve("/articles/" + slug + "/figures/" + id, locale, request);
    }

    @GetMapping("/articles/{slug}/ledger")
    ResponseEntity<byte[]> ledger(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve("/articles/" + slug + "/ledger", locale, request);
    }

    @GetMapping("/diagnostics")
    ResponseEntity<byte[]> diagnostics(Locale locale, HttpServletRequest request) {
        return serve("/diagnostics", locale, request);
    }

    /**
     * The static export's addresses end in '/' (a folder's {@code index.html}), and links shared from
     * it do too: here the same address leads to the page, permanently, with its query kept.
     */
    @GetMapping({"/articles/{slug}/", "/articles/{slug}/figures/{id}/", "/articles/{slug}/ledger/", "/diagnostics/"})
    ResponseEntity<byte[]> withoutTrailingSlash(HttpServletRequest request) {
        // The path and query as the browser sent them (a query may hold a bare '%'): always this
        // site's own /articles/… or /diagnostics address, so never a redirect elsewhere.
        String path = request.getRequestURI();
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, path.substring(0, path.length() - 1) + (query == null ? "" : "?" + query))
                .build();
    }

    private ResponseEntity<byte[]> serve(String path, Locale locale, HttpServletRequest request) {
        RenderedPage page = site.page(path, locale).orElseGet(() -> site.notFound(locale));
        return Responses.serve(page, request, CacheControl.noCache(), Responses.VARY_LOCALISED);
    }
}
