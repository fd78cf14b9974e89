package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Downloads of an article's ledger: every figure as CSV (for spreadsheets) or JSON. */
@RestController
class LedgerController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Library library;
    private final MessageSource messages;

    LedgerController(Library library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    @GetMapping("/articles/{slug}/ledger.csv")
    ResponseEntity<?> csv(@PathVariable String slug, Locale locale) {
        return library.current().article(slug)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(slug + "-ledger.csv").build().toString())
                        // A byte-order mark so that spreadsheet programs read the Chinese text as UTF-8.
                        .body(("\uFEFF" + LedgerDocuments.csv(a)).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> notFound(slug, locale));
    }

    @GetMapping(path = "/articles/{slug}/ledger.json")
    ResponseEntity<?> json(@PathVariable String slug, Locale locale) {
        return library.current().article(slug)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(LedgerDocuments.rows(a)))
                .orElseGet(() -> notFound(slug, locale));
    }

    private ResponseEntity<ProblemDetail> notFound(String slug, Locale locale) {
        return Problems.notFound(messages, "problem.article.not-found", locale, slug);
    }
}
