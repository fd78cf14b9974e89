package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.evidencereader.library.Library;
import org.evidencereader.site.Route;
import org.evidencereader.site.SiteCache;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: articles, their passages and figures, and the editors' diagnostics. Every document
 * is serialised when first asked for (see {@link SiteCache}) and served from memory with an
 * ETag, {@code 304} and gzip; only the problem answers for unknown names are built per request.
 */
@RestController
class ApiController {

    private final Library library;
    private final SiteCache site;
    private final MessageSource messages;

    ApiController(Library library, SiteCache site, MessageSource messages) {
        this.library = library;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping(Route.API_ARTICLES)
    ResponseEntity<?> articles(Locale locale, HttpServletRequest request) {
        return serve(new Route.ApiArticles(), locale, request).orElseThrow();
    }

    @GetMapping(Route.API_ARTICLE)
    ResponseEntity<?> article(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve(new Route.ApiArticle(slug), locale, request)
                .orElseGet(() -> notFound("problem.article.not-found", locale, slug));
    }

    @GetMapping(Route.API_FIGURE)
    ResponseEntity<?> figure(
            @PathVariable String slug, @PathVariable String id, Locale locale, HttpServletRequest request) {
        if (library.current().article(slug).isEmpty()) {
            return notFound("problem.article.not-found", locale, slug);
        }
        return serve(new Route.ApiFigure(slug, id), locale, request)
                .orElseGet(() -> notFound("problem.figure.not-found", locale, id));
    }

    @GetMapping(Route.API_CLAIM_REVIEW)
    ResponseEntity<?> claimReviews(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return serve(new Route.ApiClaimReview(slug), locale, request)
                .orElseGet(() -> notFound("problem.article.not-found", locale, slug));
    }

    @GetMapping(Route.API_DIAGNOSTICS)
    ResponseEntity<?> diagnostics(Locale locale, HttpServletRequest request) {
        return serve(new Route.ApiDiagnostics(), locale, request).orElseThrow();
    }

    private Optional<ResponseEntity<?>> serve(Route route, Locale locale, HttpServletRequest request) {
        return site.get(route, locale)
                .map(document -> Responses.serve(document, request, CacheControl.noCache(), Responses.VARY_LOCALISED));
    }

    private ResponseEntity<?> notFound(String messageKey, Locale locale, String what) {
        return Problems.notFound(messages, messageKey, locale, what);
    }
}
