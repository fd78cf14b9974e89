package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evidencereader.claim.Verdict;
import org.evidencereader.figure.Consistency;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.Figure;
import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
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
import org.springframework.web.util.UriUtils;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
    private final FailureLog failures = new FailureLog();
    private final WhatIf whatIf = new WhatIf();

    WhatIfController(Library library, MessageSource messages, StaticAssets assets) {
        this.library = library;
        this.messages = messages;
        this.assets = assets;
    }

    /** What a what-if gives: the article computed again, or every problem with the values given. */
    sealed interface Outcome permits Computed, Refused {
    }

    record Computed(WhatIf.Result result) implements Outcome {
    }

    record Refused(List<WhatIf.Problem> problems) implements Outcome {
        Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The what-if, or why it cannot be computed. The values are anyone's to write: whatever the
     * engine fails with on them (a unit it cannot represent, an overflow, a bug) is a refusal that
     * names the values at fault, never a server error; the failure is logged, once per cause and
     * interval ({@link FailureLog}).
     */
    private Outcome evaluate(ReaderArticle article, Map<String, String> overrides) {
        try {
            return new Computed(whatIf.apply(article, overrides));
        } catch (WhatIf.Refused e) {
            return new Refused(e.problems());
        } catch (RuntimeException e) {
            failures.failed("what-if on " + article.article().slug() + " failed", e);
            return new Refused(culprits(article, overrides));
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
                String example = article.figure(id).flatMap(Figure::value).map(WhatIf::editable).orElse("");
                problems.add(new WhatIf.Problem(Optional.of(id), "unusable", List.of(shown(String.valueOf(value)), example)));
            }
        });
        return problems.isEmpty() ? List.of(new WhatIf.Problem(Optional.empty(), "failed", List.of())) : problems;
    }

    /** The request body: figure id → value as written ({@code "350 W"}, {@code "350"}). */
    record WhatIfRequest(Map<String, String> overrides) {
    }

    record FigureValue(String id, String display, String plain, String si, ApiDocuments.ValueDocument value,
                       boolean changed) {
    }

    /** A figure that cannot be computed from the values given, and why, in the reader's language. */
    record NotComputable(String id, String label, String detail) {
    }

    /**
     * {@code figures} lists every figure with a value; those that cannot be computed from these
     * values are in {@code notComputable} instead (added after the first release: a client that does
     * not know it sees those figures missing from {@code figures}, never a wrong value).
     */
    record WhatIfResponse(Map<String, String> overrides, List<String> changed, List<FigureValue> figures,
                          List<NotComputable> notComputable) {
    }

    @PostMapping(path = "/api/articles/{slug}/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> compute(@PathVariable String slug, @RequestBody WhatIfRequest request, Locale locale) {
        Optional<ReaderArticle> article = library.current().article(slug);
        if (article.isEmpty()) {
            return Problems.notFound(messages, "problem.article.not-found", locale, slug);
        }
        Map<String, String> overrides = request == null || request.overrides() == null ? Map.of() : request.overrides();
        Outcome outcome = evaluate(article.get(), overrides);
        if (outcome instanceof Refused refused) {
            return Problems.of(messages, HttpStatus.BAD_REQUEST, "problem.what-if.title", "problem.what-if.detail", locale,
                    explain(article.get(), refused.problems(), locale));
        }
        WhatIf.Result result = ((Computed) outcome).result();
        List<FigureValue> figures = result.article().figures().values().stream()
                .filter(f -> f.value().isPresent())
                .map(f -> value(f, result.changed().contains(f.id())))
                .toList();
        Map<String, String> normalised = new LinkedHashMap<>();
        result.overrides().forEach((id, q) -> normalised.put(id, WhatIf.editable(q)));
        List<NotComputable> notComputable = result.notComputable().values().stream()
                .map(p -> new NotComputable(p.figureId().orElseThrow(), label(article.get(), p.figureId().get(), locale),
                        explain(article.get(), p, locale)))
                .toList();
        return ResponseEntity.ok(new WhatIfResponse(normalised, List.copyOf(result.changed()), figures, notComputable));
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

    /** Every problem, one after the other. */
    private String explain(ReaderArticle article, List<WhatIf.Problem> problems, Locale locale) {
        return problems.stream().map(p -> explain(article, p, locale))
                .collect(Collectors.joining(messages.getMessage("whatif.errors.separator", null, locale)));
    }

    /**
     * A problem in the reader's language, naming its figure by its label: what the reader wrote is
     * shown without control or formatting characters.
     */
    private String explain(ReaderArticle article, WhatIf.Problem problem, Locale locale) {
        Object[] arguments = problem.arguments().stream().map(argument -> {
            int[] visible = visibleCodePoints(argument);
            return new String(visible, 0, visible.length);
        }).toArray();
        Optional<Figure> figure = problem.figureId().flatMap(article::figure);
        if (problem.reason().equals("unknown") || figure.isEmpty()) {
            return messages.getMessage("whatif.refused." + problem.reason(), arguments, locale);
        }
        String label = figure.get().label().in(locale);
        return switch (problem.reason()) {
            case "divide", "range", "other" -> isInput(problem)
                    ? field(label, problem, arguments, locale)
                    : messages.getMessage("whatif.not-computable." + problem.reason(), new Object[]{label}, locale);
            case "input" -> messages.getMessage("whatif.not-computable.input",
                    new Object[]{label, label(article, problem.arguments().get(0), locale)}, locale);
            default -> field(label, problem, arguments, locale);
        };
    }

    /** A problem with a value the reader gave for an input: "label: what is wrong". */
    private String field(String label, WhatIf.Problem problem, Object[] arguments, Locale locale) {
        return messages.getMessage("whatif.field",
                new Object[]{label, messages.getMessage("whatif.refused." + problem.reason(), arguments, locale)}, locale);
    }

    /** A refused value (range: "“1e31 W” is out of range") has the text as argument; a figure that cannot be computed has none. */
    private static boolean isInput(WhatIf.Problem problem) {
        return !problem.arguments().isEmpty();
    }

    private static String label(ReaderArticle article, String id, Locale locale) {
        return article.figure(id).map(f -> f.label().in(locale)).orElse(id);
    }

    private static FigureValue value(Figure f, boolean changed) {
        Quantity canonical = f.value().orElseThrow().canonical();
        return new FigureValue(f.id(), f.display(), f.plain(), f.si(),
                new ApiDocuments.ValueDocument(canonical.low(), canonical.high(), canonical.unit().symbol()), changed);
    }

    /** The reader page with the overrides applied: changed figures are highlighted. */
    @GetMapping("/articles/{slug}/what-if")
    String article(@PathVariable String slug, @RequestParam Map<String, String> overrides, Model model, Locale locale,
                   HttpServletRequest request, HttpServletResponse response) {
        return render(slug, Optional.empty(), overrides, model, locale, "article", request, response);
    }

    /** A derivation page with the overrides applied. */
    @GetMapping("/articles/{slug}/figures/{id}/what-if")
    String figure(@PathVariable String slug, @PathVariable String id, @RequestParam Map<String, String> overrides,
                  Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return render(slug, Optional.of(id), overrides, model, locale, "figure", request, response);
    }

    /**
     * The same what-if in the other language: every value of the address kept as it was (the
     * reader's values are the page), only {@code lang} changed. Parameters that name no figure are
     * left out: the page sets them aside anyway, and the address is anyone's to write.
     */
    static String languageHref(String path, ReaderArticle article, HttpServletRequest request, Locale locale) {
        Locale other = SupportedLocales.ALL.stream().filter(l -> !l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(SupportedLocales.ENGLISH);
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

    private static String segment(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }

    private String render(String slug, Optional<String> figureId, Map<String, String> parameters, Model model,
                          Locale locale, String view, HttpServletRequest request, HttpServletResponse response) {
        Optional<ReaderArticle> article = library.current().article(slug);
        // The page is in the reader's language, chosen by Accept-Language or the language cookie, and
        // compressed or not by Accept-Encoding: one Vary with all three, set (not added) so that it
        // replaces the one Jetty's compression put in ahead of it instead of making a second header.
        // No-cache like every other page: a shared what-if is computed again from the current library.
        response.setHeader(HttpHeaders.VARY, Responses.VARY_LOCALISED);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        // What every page of the layout needs: links from the site root, assets under their hashed names.
        model.addAttribute("root", "");
        model.addAttribute("assets", assets.links(""));
        model.addAttribute("exported", false);
        if (article.isEmpty() || figureId.map(id -> article.get().figure(id).isEmpty()).orElse(false)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "not-found";
        }
        String page = "/articles/" + segment(slug) + figureId.map(id -> "/figures/" + segment(id)).orElse("") + "/what-if";
        model.addAttribute("languageHref", languageHref(page, article.get(), request, locale));
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
        Outcome outcome = evaluate(article.get(), overrides);
        if (outcome instanceof Computed computed) {
            WhatIf.Result result = computed.result();
            model.addAttribute("article", result.article());
            model.addAttribute("whatIf", result);
            Map<String, String> notComputable = new LinkedHashMap<>();
            result.notComputable().forEach((id, problem) -> notComputable.put(id, explain(article.get(), problem, locale)));
            model.addAttribute("whatIfNotComputable", notComputable);
            figureId.ifPresent(id -> addFigure(model, result.article(), id, locale));
        } else {
            List<WhatIf.Problem> problems = ((Refused) outcome).problems();
            model.addAttribute("article", article.get());
            model.addAttribute("whatIfError", explain(article.get(), problems, locale));
            // Each field keeps what the reader typed, and says what is wrong with it.
            model.addAttribute("whatIfTyped", overrides);
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            problems.forEach(p -> p.figureId().ifPresent(id -> fieldErrors.merge(id, explain(article.get(), p, locale),
                    (a, b) -> a + " " + b)));
            model.addAttribute("whatIfFieldErrors", fieldErrors);
            figureId.ifPresent(id -> addFigure(model, article.get(), id, locale));
        }
        return view;
    }
}
