package org.evidencereader.web;

import java.util.List;
import java.util.Locale;
import org.evidencereader.library.Coverage;
import org.evidencereader.library.Library;
import org.evidencereader.site.Route;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every number in an article's text and what accounts for it, for editors and their tools. */
@RestController
class CoverageController {

    private final Library library;
    private final MessageSource messages;

    CoverageController(Library library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    record MentionDocument(
            String text, String passageId, int start, int end, String figureId, String status, String reason) {}

    record Totals(long mentions, long annotated, long unannotated, long notAClaim) {}

    record CoverageDocument(String slug, Totals totals, List<MentionDocument> mentions) {}

    @GetMapping(Route.API_COVERAGE)
    ResponseEntity<?> coverage(@PathVariable String slug, Locale locale) {
        return library.current()
                .article(slug)
                .<ResponseEntity<?>>map(article -> {
                    Coverage coverage = article.coverage();
                    List<MentionDocument> mentions = coverage.mentions().stream()
                            .map(m -> new MentionDocument(
                                    m.text(),
                                    m.passageId(),
                                    m.start(),
                                    m.end(),
                                    m.figureId().orElse(null),
                                    m.status().code(),
                                    m.reason().orElse(null)))
                            .toList();
                    Totals totals = new Totals(
                            mentions.size(),
                            coverage.count(Coverage.Status.ANNOTATED),
                            coverage.count(Coverage.Status.UNANNOTATED),
                            coverage.count(Coverage.Status.NOT_A_CLAIM));
                    return ResponseEntity.ok(new CoverageDocument(slug, totals, mentions));
                })
                .orElseGet(() -> Problems.notFound(messages, "problem.article.not-found", locale, slug));
    }
}
