package org.evidencereader.web;

import jakarta.servlet.http.HttpServletResponse;
import org.evidencereader.claim.Verdict;
import org.evidencereader.figure.Consistency;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.Figure;
import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
import org.springframework.context.MessageSource;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What-if: a reader changes sourced inputs and sees every dependent figure computed again by the
 * server's engine (there is no second evaluator in the browser). The JSON API serves the scripts;
 * the GET pages carry the overrides in their URL, so a what-if can be shared and works without
 * JavaScript.
 */
@Controller
class WhatIfController {

    private static final int IGNORED_SHOWN = 5;
    private static final int IGNORED_NAME_LENGTH = 40;

    private final Library library;
    private final MessageSource messages;
    private final StaticAssets assets;
    private final WhatIf whatIf = new WhatIf();

    WhatIfController(Library library, MessageSource messages, StaticAssets assets) {
        this.library = library;
        this.messages = messages;
        this.assets = assets;
    }

    /** The request body: figure id → value as written ({@code "350 W"}, {@code "350"}). */
    record WhatIfRequest(Map<String, String> overrides) {
    }

    record FigureValue(String id, String display, String plain, String si, ApiDocuments.ValueDocument value,
                       boolean changed) {
    }

    record WhatIfResponse(Map<String, String> overrides, List<String> changed, List<FigureValue> figures) {
    }

    @PostMapping(path = "/api/articles/{slug}/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> compute(@PathVariable String slug, @RequestBody WhatIfRequest request, Locale locale) {
        Optional<ReaderArticle> article = library.current().article(slug);
        if (article.isEmpty()) {
            return Problems.notFound(messages, "problem.article.not-found", locale, slug);
        }
        Map<String, String> overrides = request == null || request.overrides() == null ? Map.of() : request.overrides();
        try {
            WhatIf.Result result = whatIf.apply(article.get(), overrides);
            List<FigureValue> figures = result.article().figures().values().stream()
                    .filter(f -> f.value().isPresent())
                    .map(f -> value(f, result.changed().contains(f.id())))
                    .toList();
            Map<String, String> normalised = new LinkedHashMap<>();
            result.overrides().forEach((id, q) -> normalised.put(id, WhatIf.editable(q)));
            return ResponseEntity.ok(new WhatIfResponse(normalised, List.copyOf(result.changed()), figures));
        } catch (WhatIf.Refused e) {
            return Problems.of(messages, HttpStatus.BAD_REQUEST, "problem.what-if.title", "problem.what-if.detail", locale,
                    explain(e, locale));
        }
    }

    /** The figure and its pictures, drawn from the article as computed (with the what-if's values). */
    private void addFigure(Model model, ReaderArticle article, String id, Locale locale) {
        Figure figure = article.figure(id).orElseThrow();
        model.addAttribute("figure", figure);
        model.addAllAttributes(FigureGraphics.model(article, figure, "", messages, locale));
    }

    /** At most {@value #IGNORED_SHOWN} names, each cut to {@value #IGNORED_NAME_LENGTH} characters: the address is anyone's to write. */
    private String ignoredNote(List<String> ignored, Locale locale) {
        String separator = messages.getMessage("whatif.ignored.separator", null, locale);
        String names = ignored.stream().limit(IGNORED_SHOWN)
                .map(WhatIfController::shown)
                .map(name -> messages.getMessage("whatif.ignored.name", new Object[]{name}, locale))
                .collect(Collectors.joining(separator));
        if (ignored.size() > IGNORED_SHOWN) {
            names += separator + "…";
        }
        return messages.getMessage("whatif.ignored", new Object[]{names, ignored.size()}, locale);
    }

    /**
     * A name from the address as it may be shown: without control and formatting characters (a
     * right-to-left override would turn the sentence around it), and cut after
     * {@value #IGNORED_NAME_LENGTH} characters, never inside one (half an emoji is not UTF-8).
     */
    static String shown(String name) {
        int[] visible = visibleCodePoints(name);
        String kept = new String(visible, 0, Math.min(visible.length, IGNORED_NAME_LENGTH));
        return visible.length > IGNORED_NAME_LENGTH ? kept + "…" : kept;
    }

    /** The text's characters without control and formatting characters (and without lone surrogates). */
    private static int[] visibleCodePoints(String text) {
        return text.codePoints().filter(codePoint -> switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> false;
            default -> true;
        }).toArray();
    }

    /** The reason, with what the reader wrote shown without control or formatting characters. */
    private String explain(WhatIf.Refused refused, Locale locale) {
        Object[] arguments = refused.arguments().stream().map(argument -> {
            int[] visible = visibleCodePoints(argument);
            return new String(visible, 0, visible.length);
        }).toArray();
        return messages.getMessage("whatif.refused." + refused.reason(), arguments, locale);
    }

    private static FigureValue value(Figure f, boolean changed) {
        Quantity canonical = f.value().orElseThrow().canonical();
        return new FigureValue(f.id(), f.display(), f.plain(), f.si(),
                new ApiDocuments.ValueDocument(canonical.low(), canonical.high(), canonical.unit().symbol()), changed);
    }

    /** The reader page with the overrides applied: changed figures are highlighted. */
    @GetMapping("/articles/{slug}/what-if")
    String article(@PathVariable String slug, @RequestParam Map<String, String> overrides, Model model, Locale locale,
                   HttpServletResponse response) {
        return render(slug, Optional.empty(), overrides, model, locale, "article", response);
    }

    /** A derivation page with the overrides applied. */
    @GetMapping("/articles/{slug}/figures/{id}/what-if")
    String figure(@PathVariable String slug, @PathVariable String id, @RequestParam Map<String, String> overrides,
                  Model model, Locale locale, HttpServletResponse response) {
        return render(slug, Optional.of(id), overrides, model, locale, "figure", response);
    }

    private String render(String slug, Optional<String> figureId, Map<String, String> parameters, Model model,
                          Locale locale, String view, HttpServletResponse response) {
        Optional<ReaderArticle> article = library.current().article(slug);
        // The page is in the reader's language, chosen by Accept-Language or the language cookie.
        response.addHeader(HttpHeaders.VARY, Responses.VARY_LANGUAGE);
        // What every page of the layout needs: links from the site root, assets under their hashed names.
        model.addAttribute("root", "");
        model.addAttribute("assets", assets.links(""));
        model.addAttribute("exported", false);
        if (article.isEmpty() || figureId.map(id -> article.get().figure(id).isEmpty()).orElse(false)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "not-found";
        }
        Map<String, String> overrides = new LinkedHashMap<>(parameters);
        overrides.remove("lang");
        overrides.values().removeIf(String::isBlank);
        // A shared link picks up parameters on its way (utm_source, fbclid …): those that name no
        // figure of the article are set aside, and the page says which, so a mistyped id is seen too.
        // (The JSON API, whose caller chose every name, still refuses them.)
        List<String> ignored = overrides.keySet().stream().filter(name -> article.get().figure(name).isEmpty()).toList();
        overrides.keySet().removeAll(ignored);
        if (!ignored.isEmpty()) {
            model.addAttribute("whatIfIgnored", ignoredNote(ignored, locale));
        }
        model.addAttribute("checks", Consistency.values());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("claimReviews", "[]");
        try {
            WhatIf.Result result = whatIf.apply(article.get(), overrides);
            model.addAttribute("article", result.article());
            model.addAttribute("whatIf", result);
            figureId.ifPresent(id -> addFigure(model, result.article(), id, locale));
        } catch (WhatIf.Refused e) {
            model.addAttribute("article", article.get());
            model.addAttribute("whatIfError", explain(e, locale));
            figureId.ifPresent(id -> addFigure(model, article.get(), id, locale));
        }
        return view;
    }
}
