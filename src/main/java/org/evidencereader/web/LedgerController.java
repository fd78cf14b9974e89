package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.evidencereader.site.Route;
import org.evidencereader.site.SiteCache;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of an article's ledger: every figure as CSV (for spreadsheets) or JSON, built when first
 * asked for (see {@link SiteCache}) and served from memory with an ETag, {@code 304} and gzip.
 */
@RestController
class LedgerController {

    private final SiteCache site;
    private final MessageSource messages;

    LedgerController(SiteCache site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    @GetMapping(Route.LEDGER_CSV)
    ResponseEntity<?> csv(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return site.get(new Route.LedgerCsv(slug), locale)
                .<ResponseEntity<?>>map(document -> {
                    ResponseEntity<byte[]> served =
                            Responses.serve(document, request, CacheControl.noCache(), Responses.VARY_ENCODING);
                    return ResponseEntity.status(served.getStatusCode())
                            .headers(served.getHeaders())
                            .header(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.attachment()
                                            .filename(slug + "-ledger.csv")
                                            .build()
                                            .toString())
                            .body(served.getBody());
                })
                .orElseGet(() -> notFound(slug, locale));
    }

    @GetMapping(Route.LEDGER_JSON)
    ResponseEntity<?> json(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        return site.get(new Route.LedgerJson(slug), locale)
                .<ResponseEntity<?>>map(
                        document -> Responses.serve(document, request, CacheControl.noCache(), Responses.VARY_ENCODING))
                .orElseGet(() -> notFound(slug, locale));
    }

    private ResponseEntity<?> notFound(String slug, Locale locale) {
        return Problems.notFound(messages, "problem.article.not-found", locale, slug);
    }
}
