package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
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

    @GetMapping("/diagnostics")
    ApiDocuments.DiagnosticsDocument diagnostics() {
        return ApiDocuments.diagnostics(library.current());
    }

    private ResponseEntity<ProblemDetail> notFound(String messageKey, Locale locale, String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(messageKey, new Object[]{what}, locale));
        problem.setTitle(messages.getMessage("problem.not-found.title", null, locale));
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
