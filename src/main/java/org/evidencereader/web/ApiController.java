package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import org.evidencereader.library.Library;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;

import java.util.Locale;

/**
 * The JSON API: articles, their passages and figures, and the editors' diagnostics. Every document
 * is serialised when first asked for (see {@link SiteCache}) and served from memory with an
 * ETag, {@code 304} and gzip; only the problem answers for unknown names are built per request.
 */
@RestController
@RequestMapping("/api")
class ApiController {

    private final Library library;
    private final SiteCache site;
    private final MessageSource messages;

    ApiController(Library library, SiteCache site, MessageSource messages) {
        this.library = library;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/articles")
    ResponseEntity<?> articles(Locale locale, HttpServletRequest request) {
        return serve("/api/articles", locale, request).orElseThrow();
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<?> article(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve("/api/articles/" + slug, locale, request)
                .orElseGet(() -> notFound("problem.article.not-found", locale, slug));
    }

    @GetMapping("/articles/{slug}/figures/{id}")
    ResponseEntity<?> figure(@PathVariable String slug, @PathVariable String id, Locale locale, HttpServletRequest request) {
        if (library.current().article(slug).isEmpty()) {
            return notFound("problem.article.not-found", locale, slug);
        }
        return serve("/api/articles/" + slug + "/figures/" + id, locale, request)
                .orElseGet(() -> notFound("problem.figure.not-found", locale, id));
    }

    @GetMapping("/articles/{slug}/claimreview")
    ResponseEntity<?> claimReviews(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve("/api/articles/" + slug + "/claimreview", locale, request)
                .orElseGet(() -> notFound("problem.article.not-found", locale, slug));
    }

    @GetMapping("/diagnostics")
    ResponseEntity<?> diagnostics(Locale locale, HttpServletRequest request) {
        return serve("/api/diagnostics", locale, request).orElseThrow();
    }

    private java.util.Optional<ResponseEntity<?>> serve(String path, Locale locale, HttpServletRequest request) {
        return site.document(path, locale)
                .map(document -> Responses.serve(document, request, CacheControl.noCache(), Responses.VARY_LOCALISED));
    }

    private ResponseEntity<?> notFound(String messageKey, Locale locale, String what) {
        return Problems.notFound(messages, messageKey, locale, what);
    }
}
