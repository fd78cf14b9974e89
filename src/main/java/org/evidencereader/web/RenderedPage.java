package org.evidencereader.web;

import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A page rendered once and kept in memory, with a strong ETag derived from its bytes. */
record RenderedPage(byte[] body, String etag, HttpStatus status) {

    RenderedPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(status, "status");
    }

    static RenderedPage of(String html) {
        return of(html, HttpStatus.OK);
    }

    static RenderedPage of(String html, HttpStatus status) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new RenderedPage(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"", status);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
