package org.evidencereader.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code application/problem+json} answers (RFC 9457) with their text from the message bundles: the
 * one place they are made, whether Spring MVC writes them or they are written as bytes by a filter
 * or the server's own error pages.
 */
final class Problems {

    /** Writes a problem as Spring MVC does: its members, without those that are not set. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private Problems() {}

    /** A problem whose title and detail are the messages of these keys in the reader's language. */
    static ProblemDetail problem(
            MessageSource messages,
            HttpStatusCode status,
            String titleKey,
            String detailKey,
            Locale locale,
            Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(detailKey, arguments.length == 0 ? null : arguments, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    static ResponseEntity<ProblemDetail> of(
            MessageSource messages,
            HttpStatus status,
            String titleKey,
            String detailKey,
            Locale locale,
            Object... arguments) {
        // The title and detail are in the reader's language: a shared cache must key them by it.
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.VARY, Responses.VARY_LANGUAGE)
                .body(problem(messages, status, titleKey, detailKey, locale, arguments));
    }

    static ResponseEntity<ProblemDetail> notFound(
            MessageSource messages, String detailKey, Locale locale, Object... arguments) {
        return of(messages, HttpStatus.NOT_FOUND, "problem.not-found.title", detailKey, locale, arguments);
    }

    /** The problem as the bytes of its JSON document, for the answers written outside Spring MVC. */
    static byte[] bytes(ProblemDetail problem) {
        return JSON.writeValueAsBytes(problem);
    }
}
