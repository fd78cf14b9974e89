package org.evidencereader.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A response body built once and kept in memory: a page, a JSON document or an asset. It holds
 * the bytes as they are and gzip-compressed (compressed once, here, never per request), and a
 * strong ETag for each of the two representations, derived from the bytes.
 */
public record RenderedPage(
        byte[] body, byte[] gzip, String etag, String gzipEtag, MediaType contentType, HttpStatus status) {

    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    public RenderedPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(gzip, "gzip");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(gzipEtag, "gzipEtag");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(status, "status");
    }

    public static RenderedPage of(String html) {
        return of(html, HttpStatus.OK);
    }

    public static RenderedPage of(String html, HttpStatus status) {
        return of(html.getBytes(StandardCharsets.UTF_8), HTML, status);
    }

    public static RenderedPage of(byte[] bytes, MediaType contentType, HttpStatus status) {
        String hash = hash(bytes);
        return new RenderedPage(bytes, gzip(bytes), "\"" + hash + "\"", "\"" + hash + "-gz\"", contentType, status);
    }

    /** The first 128 bits of the SHA-256 of the bytes, in hexadecimal. */
    public static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Best compression: it is paid once per page rendered, and every response after that is smaller. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        }
        return out.toByteArray();
    }
}
