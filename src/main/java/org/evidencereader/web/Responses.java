package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import org.evidencereader.site.RenderedPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Answers a request with a body built in advance: {@code 304 Not Modified} when the client's
 * {@code If-None-Match} names either representation, the gzip bytes when {@code Accept-Encoding}
 * allows them, else the plain bytes. Nothing is rendered or compressed here.
 */
public final class Responses {

    /** Pages and API documents differ by language (header or cookie) and by encoding. */
    static final String VARY_LOCALISED = "Accept-Encoding, Accept-Language, Cookie";

    static final String VARY_ENCODING = "Accept-Encoding";
    /** Answers made per request in the reader's language (errors, problems), never precompressed. */
    public static final String VARY_LANGUAGE = "Accept-Language, Cookie";

    private Responses() {}

    static ResponseEntity<byte[]> serve(
            RenderedPage page, HttpServletRequest request, CacheControl cacheControl, String vary) {
        boolean gzip = acceptsGzip(request);
        String etag = gzip ? page.gzipEtag() : page.etag();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(page.status())
                .eTag(etag)
                .cacheControl(cacheControl)
                .header(HttpHeaders.VARY, vary);
        if (page.status() == HttpStatus.OK && notModified(page, request)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cacheControl)
                    .header(HttpHeaders.VARY, vary)
                    .build();
        }
        response.contentType(page.contentType());
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            return response.contentLength(page.gzip().length).body(page.gzip());
        }
        return response.contentLength(page.body().length).body(page.body());
    }

    static boolean notModified(RenderedPage page, HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
        while (headers != null && headers.hasMoreElements()) {
            for (String tag : headers.nextElement().split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2); // If-None-Match uses the weak comparison
                }
                if (t.equals("*") || t.equals(page.etag()) || t.equals(page.gzipEtag())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code Accept-Encoding} allows gzip (RFC 9110, 12.5.3): gzip (or x-gzip) named with a
     * q-value above 0; when it is not named, {@code *} with a q-value above 0. A coding named on its
     * own outranks the wildcard, so {@code *;q=0, gzip} allows gzip and {@code gzip;q=0, *} does not.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        Boolean gzip = null;
        Boolean any = null;
        Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    gzip = (gzip != null && gzip) || !refused(parts);
                } else if (name.equals("*")) {
                    any = (any != null && any) || !refused(parts);
                }
            }
        }
        return gzip != null ? gzip : any != null && any;
    }

    /** Whether a coding's parameters hold {@code q=0} (a q-value that cannot be read counts as 1). */
    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip()) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
