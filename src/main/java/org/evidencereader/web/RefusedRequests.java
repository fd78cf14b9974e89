package org.evidencereader.web;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.evidencereader.site.Links;
import org.evidencereader.site.PageRenderer;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.StaticAssets;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * What a reader is told about a request the HTTP server refuses before the application sees it (an
 * ambiguous or malformed address, a bad Host, headers too large …), or that it cannot read when the
 * application asks for its parameters (a query string that is not UTF-8): the site's own page, like the
 * 404 page, in the reader's language, or for the API a problem document; the text comes from the
 * message bundles and nothing of the request is shown. The server keeps the status it chose.
 * Each answer is rendered when first needed, then kept: there are a few per language.
 */
@Component
public class RefusedRequests {

    /** An answer's body and its media type. */
    public record Answer(byte[] body, MediaType contentType) {}

    /** The message keys that say what went wrong, by status: {@code <key>.title} and {@code <key>.body}. */
    static String messageKey(int status) {
        return switch (status) {
            case 404 -> "notfound"; // a request no handler of the server takes, such as OPTIONS *
            case 405 -> "refused.method";
            case 414 -> "refused.uri-too-long";
            case 431 -> "refused.headers-too-large";
            case 505 -> "refused.version";
            default -> status >= 500 ? "error" : "refused.bad-request";
        };
    }

    private record Key(int status, Locale locale, boolean api) {}

    private final PageRenderer renderer;
    private final MessageSource messages;
    private final ReaderLocaleResolver locales;
    private final ConcurrentMap<Key, byte[]> rendered = new ConcurrentHashMap<>();

    RefusedRequests(
            ITemplateEngine templates, MessageSource messages, StaticAssets assets, ReaderLocaleResolver locales) {
        this.renderer = new PageRenderer(templates, messages, assets, Links.SERVER, false);
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * The answer to a request refused with {@code status}, in the language of its {@code lang} cookie
     * values and Accept-Language values (Chinese when it has none: the server may have refused the
     * request before reading its headers); {@code api} for a request under {@code /api}.
     */
    public Answer answer(int status, List<String> languageCookies, List<String> acceptLanguage, boolean api) {
        return answer(status, locales.resolveLocale(languageCookies, acceptLanguage), api);
    }

    /**
     * The same answer in the reader's language as already chosen: for a request the servlet layer
     * refuses when the application reads it, such as a query string that is not UTF-8 ({@link ErrorAdvice}).
     */
    Answer answer(int status, Locale locale, boolean api) {
        byte[] body = rendered.computeIfAbsent(new Key(status, locale, api), k -> k.api() ? problem(k) : page(k));
        return new Answer(body, api ? MediaType.APPLICATION_PROBLEM_JSON : RenderedPage.HTML);
    }

    private byte[] page(Key key) {
        String messageKey = messageKey(key.status());
        HttpStatus known = HttpStatus.resolve(key.status());
        return renderer.renderRefused(
                        messageKey + ".title",
                        messageKey + ".body",
                        key.locale(),
                        known == null ? HttpStatus.BAD_REQUEST : known)
                .body();
    }

    /** RFC 9457's members, without {@code instance}: that would be the refused address. */
    private byte[] problem(Key key) {
        String messageKey = messageKey(key.status());
        return Problems.bytes(Problems.problem(
                messages,
                HttpStatusCode.valueOf(key.status()),
                messageKey + ".title",
                messageKey + ".body",
                key.locale()));
    }
}
