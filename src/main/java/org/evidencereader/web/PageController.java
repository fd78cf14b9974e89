package org.evidencereader.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import java.util.Locale;

/** The reader's pages, served from the rendered site in memory. */
@Controller
class PageController {

    private final SiteCache site;

    PageController(SiteCache site) {
        this.site = site;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> library(Locale locale, WebRequest request) {
        return serve("/", locale, request);
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<byte[]> article(@PathVariable String slug, Locale locale, WebRequest request) {
        return serve("/articles/" + slug, locale, request);
    }

    @GetMapping("/articles/{slug}/figures/{id}")
    ResponseEntity<byte[]> figure(@PathVariable String slug, @PathVariable String id, Locale locale, WebRequest request) {
        return serve("/articles/" + slug + "/figures/" + id, locale, request);
    }

    @GetMapping("/articles/{slug}/ledger")
    ResponseEntity<byte[]> ledger(@PathVariable String slug, Locale locale, WebRequest request) {
        return serve("/articles/" + slug + "/ledger", locale, request);
    }

    @GetMapping("/diagnostics")
    ResponseEntity<byte[]> diagnostics(Locale locale, WebRequest request) {
        return serve("/diagnostics", locale, request);
    }

    private ResponseEntity<byte[]> serve(String path, Locale locale, WebRequest request) {
        return site.page(path, locale)
                .map(page -> request.checkNotModified(page.etag())
                        ? ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).<byte[]>build()
                        : html(page))
                .orElseGet(() -> html(site.notFound(locale)));
    }

    private static ResponseEntity<byte[]> html(RenderedPage page) {
        return ResponseEntity.status(page.status())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .eTag(page.etag())
                .cacheControl(CacheControl.noCache())
                .header("Vary", "Accept-Language, Cookie")
                .body(page.body());
    }
}
