package org.evidencereader.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Locale;

/** {@code application/problem+json} answers with their text from the message bundles. */
final class Problems {

    private Problems() {
    }

    static ResponseEntity<ProblemDetail> of(MessageSource messages, HttpStatus status, String titleKey, String detailKey,
                                            Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, arguments.length == 0 ? null : arguments, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setType(URI.create("about:blank"));
        // The title and detail are in the reader's language: a shared cache must key them by it.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.VARY, Responses.VARY_LANGUAGE).body(problem);
    }

    static ResponseEntity<ProblemDetail> notFound(MessageSource messages, String detailKey, Locale locale, Object... arguments) {
        return of(messages, HttpStatus.NOT_FOUND, "problem.not-found.title", detailKey, locale, arguments);
    }
}
