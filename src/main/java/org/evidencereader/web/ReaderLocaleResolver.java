package org.evidencereader.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evidencereader.site.SupportedLocales;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's language: the {@code lang} cookie set by the language switch, else the best match
 * in Accept-Language, else Chinese.
 */
public final class ReaderLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "lang";
    private static final String ATTRIBUTE = ReaderLocaleResolver.class.getName() + ".locale";
    /**
     * The language chosen for each Accept-Language value seen: browsers send few distinct values, and
     * parsing the header on every request cost a few per cent of the throughput.
     */
    private final Cache<String, Locale> byAcceptLanguage =
            Caffeine.newBuilder().maximumSize(1_000).build();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale chosenNow) {
            return chosenNow;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> chosen = SupportedLocales.fromTag(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        // In the order of resolveLocale(List, List) below, without making lists on every request.
        Enumeration<String> headers = request.getHeaders("Accept-Language");
        if (headers == null || !headers.hasMoreElements()) {
            return SupportedLocales.CHINESE;
        }
        String acceptLanguage = headers.nextElement();
        if (headers.hasMoreElements()) {
            // More than one Accept-Language header: together they are one list, and the first alone is not the key.
            return bestMatch(String.join(",", Collections.list(request.getHeaders("Accept-Language"))));
        }
        return fromOneHeader(acceptLanguage);
    }

    /**
     * The same choice from the values of the {@code lang} cookie and of the Accept-Language headers,
     * for a request the servlet layer never sees: one the HTTP server refuses itself
     * ({@link org.evidencereader.server.ServerErrorPages}).
     */
    Locale resolveLocale(List<String> languageCookies, List<String> acceptLanguage) {
        for (String value : languageCookies) {
            Optional<Locale> chosen = SupportedLocales.fromTag(value);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (acceptLanguage.size() > 1) {
            return bestMatch(String.join(",", acceptLanguage));
        }
        return fromOneHeader(acceptLanguage.isEmpty() ? null : acceptLanguage.get(0));
    }

    private Locale fromOneHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SupportedLocales.CHINESE;
        }
        return byAcceptLanguage.get(acceptLanguage, ReaderLocaleResolver::bestMatch);
    }

    /**
     * The first language in Accept-Language, by quality, that the reader has; Chinese if none is, or
     * if the header cannot be read. The header is read here rather than through
     * {@code request.getLocales()}: for a header with no usable language ({@code *}, a private tag)
     * Jetty answers with the machine's default locale, which must never decide the reader's language.
     */
    static Locale bestMatch(String acceptLanguage) {
        // Entry by entry, so that one malformed entry ("fr;q=1.5", "en_US", a tab) does not cost the others.
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (String entry : acceptLanguage.split(",")) {
            String trimmed = entry.strip().replace('_', '-');
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                ranges.addAll(Locale.LanguageRange.parse(trimmed.replaceAll("\\s+", "")));
            } catch (IllegalArgumentException e) {
                // not a language range: skipped
            }
        }
        ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight)
                .reversed()); // stable: ties keep their order
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
                Optional<Locale> match = SupportedLocales.fromTag(
                        Locale.forLanguageTag(range.getRange()).toLanguageTag());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return SupportedLocales.CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> supported =
                Optional.ofNullable(locale).flatMap(l -> SupportedLocales.fromTag(l.toLanguageTag()));
        if (supported.isEmpty() || response == null) {
            return; // an unsupported language leaves the reader's saved choice alone
        }
        request.setAttribute(ATTRIBUTE, supported.get());
        Cookie cookie = new Cookie(COOKIE, SupportedLocales.tag(supported.get()));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
