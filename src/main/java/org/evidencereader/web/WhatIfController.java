package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.library.Figure;
import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
import org.evidencereader.site.Route;
import org.evidencereader.site.StaticAssets;
import org.evidencereader.site.SupportedLocales;
import org.evidencereader.site.WhatIfDocument;
import org.evidencereader.site.WhatIfPage;
import org.evidencereader.site.WhatIfTexts;
import org.evidencereader.system.ReaderProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What-if: a reader changes sourced inputs and sees every dependent figure computed again by the
 * server's engine (there is no second evaluator in the browser). The JSON API serves the scripts;
 * the GET pages carry the overrides in their URL, so a what-if can be shared and works without
 * JavaScript. What the pages and the document say is made in {@code site} ({@link WhatIfPage},
 * {@link WhatIfDocument}); here is only what is HTTP.
 */
@Controller
class WhatIfController {

    private final Library library;
    private final MessageSource messages;
    private final WhatIfPage pages;
    private final WhatIfTexts texts;
    private final FailureLog failures = new FailureLog();
    private final WhatIf whatIf = new WhatIf();

    WhatIfController(Library library, MessageSource messages, StaticAssets assets, ReaderProperties properties) {
        this.library = library;
        this.messages = messages;
        this.pages = new WhatIfPage(messages, assets, properties.editing());
        this.texts = new WhatIfTexts(messages);
    }

    /** The request body: figure id → value as written ({@code "350 W"}, {@code "350"}). */
    record WhatIfRequest(Map<String, String> overrides) {}

    @PostMapping(path = Route.API_WHAT_IF, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> compute(@PathVariable String slug, @RequestBody WhatIfRequest request, Locale locale) {
        Optional<ReaderArticle> article = library.current().article(slug);
        if (article.isEmpty()) {
            return Problems.notFound(messages, "problem.article.not-found", locale, slug);
        }
        Map<String, String> overrides = request == null || request.overrides() == null ? Map.of() : request.overrides();
        WhatIfPage.Outcome outcome = evaluate(article.get(), overrides);
        if (outcome instanceof WhatIfPage.Refused refused) {
            return Problems.of(
                    messages,
                    HttpStatus.BAD_REQUEST,
                    "problem.what-if.title",
                    "problem.what-if.detail",
                    locale,
                    texts.explain(article.get(), refused.problems(), locale));
        }
        return ResponseEntity.ok(
                WhatIfDocument.of(article.get(), ((WhatIfPage.Computed) outcome).result(), texts, locale));
    }

    /**
     * The what-if, or why it cannot be computed. The values are anyone's to write: whatever the
     * engine fails with on them (a unit it cannot represent, an overflow, a bug) is a refusal that
     * names the values at fault, never a server error; the failure is logged, once per cause and
     * interval ({@link FailureLog}).
     */
    private WhatIfPage.Outcome evaluate(ReaderArticle article, Map<String, String> overrides) {
        try {
            return new WhatIfPage.Computed(whatIf.apply(article, overrides));
        } catch (WhatIf.Refused e) {
            return new WhatIfPage.Refused(e.problems());
        } catch (RuntimeException e) {
            failures.failed("what-if on " + article.article().slug() + " failed", e);
            return new WhatIfPage.Refused(culprits(article, overrides));
        }
    }

    /**
     * The values that fail on their own, each tried alone (there are at most {@link WhatIf#MAX_OVERRIDES}),
     * or, if none does, a problem with the values together.
     */
    private List<WhatIf.Problem> culprits(ReaderArticle article, Map<String, String> overrides) {
        List<WhatIf.Problem> problems = new ArrayList<>();
        overrides.forEach((id, value) -> {
            try {
                whatIf.apply(article, Collections.singletonMap(id, value));
            } catch (WhatIf.Refused e) {
                problems.addAll(e.problems());
            } catch (RuntimeException e) {
                String example = article.figure(id)
                        .flatMap(Figure::value)
                        .map(WhatIf::editable)
                        .orElse("");
                problems.add(new WhatIf.Problem(
                        Optional.of(id),
                        WhatIf.Reason.UNUSABLE,
                        List.of(WhatIfTexts.shown(String.valueOf(value)), example)));
            }
        });
        return problems.isEmpty()
                ? List.of(new WhatIf.Problem(Optional.empty(), WhatIf.Reason.FAILED, List.of()))
                : problems;
    }

    /** The reader page with the overrides applied: changed figures are highlighted. */
    @GetMapping(Route.ARTICLE_WHAT_IF)
    String article(
            @PathVariable String slug,
            @RequestParam Map<String, String> overrides,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        return render(slug, Optional.empty(), overrides, model, locale, "article", request, response);
    }

    /** A derivation page with the overrides applied. */
    @GetMapping(Route.FIGURE_WHAT_IF)
    String figure(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam Map<String, String> overrides,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        return render(slug, Optional.of(id), overrides, model, locale, "figure", request, response);
    }

    /**
     * The same what-if in the other language: every value of the address kept as it was (the
     * reader's values are the page), only {@code lang} changed. Parameters that name no figure are
     * left out: the page sets them aside anyway, and the address is anyone's to write.
     */
    static String languageHref(String path, ReaderArticle article, HttpServletRequest request, Locale locale) {
        Locale other = SupportedLocales.other(locale);
        StringBuilder href = new StringBuilder(path).append('?');
        request.getParameterMap().forEach((name, values) -> {
            if (article.figure(name).isPresent()) {
                for (String value : values) {
                    href.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        });
        return href.append("lang=").append(encode(SupportedLocales.tag(other))).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String render(
            String slug,
            Optional<String> figureId,
            Map<String, String> parameters,
            Model model,
            Locale locale,
            String view,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<ReaderArticle> article = library.current().article(slug);
        // The page is in the reader's language, chosen by Accept-Language or the language cookie, and
        // compressed or not by Accept-Encoding: one Vary with all three, set (not added) so that it
        // replaces the one Jetty's compression put in ahead of it instead of making a second header.
        // No-cache like every other page: a shared what-if is computed again from the current library.
        response.setHeader(HttpHeaders.VARY, Responses.VARY_LOCALISED);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        if (article.isEmpty()
                || figureId.map(id -> article.get().figure(id).isEmpty()).orElse(false)) {
            model.addAllAttributes(pages.layout(locale));
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "not-found";
        }
        // Found above, so the slug and id are URL-safe as they are.
        Route page = figureId.<Route>map(id -> new Route.FigureWhatIf(slug, id))
                .orElseGet(() -> new Route.ArticleWhatIf(slug));
        WhatIfPage.Asked asked = WhatIfPage.asked(article.get(), parameters);
        model.addAllAttributes(
                pages.model(article.get(), figureId, asked, evaluate(article.get(), asked.values()), locale));
        model.addAttribute("languageHref", languageHref(page.path(), article.get(), request, locale));
        return view;
    }
}
