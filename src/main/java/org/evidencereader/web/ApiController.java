package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** The JSON API: articles, their passages and figures, and the editors' diagnostics. */
@RestController
@RequestMapping("/api")
class ApiController {

    private final Library library;
    private final MessageSource messages;

    ApiController(Library library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    @GetMapping("/articles")
    List<ApiDocuments.ArticleSummary> articles() {
        return library.current().articles().stream().map(ApiDocuments::summary).toList();
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<?> article(@PathVariable String slug, Locale locale) {
        return library.current().article(slug)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(ApiDocuments.article(a)))
                .orElseGet(() -> notFound("problem.article.not-found", locale, slug));
    }

    @GetMapping("/articles/{slug}/figures/{id}")
    ResponseEntity<?> figure(@PathVariable String slug, @PathVariable String id, Locale locale) {
        var article = library.current().article(slug);
        if (article.isEmpty()) {
            return notFound("problem.article.not-found", locale, slug);
        }
        ReaderArticle found = article.get();
        return found.figure(id)
                .<ResponseEntity<?>>map(f -> ResponseEntity.ok(ApiDocuments.figure(found, f)))
                .orElseGet(() -> notFound("problem.figure.not-found", locale, id));
    }

    @GetMapping("/articles/{slug}/claimreview")
    ResponseEntity<?> claimReviews(@PathVariable String slug, Locale locale) {
        return library.current().article(slug)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok()
                        .contentType(new org.springframework.http.MediaType("application", "ld+json", java.nio.charset.StandardCharsets.UTF_8))
                        .body(ClaimReviews.of(a, messages, locale)))
                .orElseGet(() -> notFound("problem.article.not-found", locale, slug));
    }

    @GetMapping("/diagnostics")
    ApiDocuments.DiagnosticsDocument diagnostics() {
        return ApiDocuments.diagnostics(library.current());
    }

    private ResponseEntity<ProblemDetail> notFound(String messageKey, Locale locale, String what) {
        return Problems.notFound(messages, messageKey, locale, what);
    }
}
