package org.evidencereader.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.Article;
import org.evidencereader.article.Inline;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.Definition;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.NotClaim;
import org.evidencereader.claim.Registry;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.detect.Detector;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Consistency;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.Precision;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.StatedCheck;
import org.evidencereader.figure.TimePoint;

/**
 * Puts an article and its resolved claims together: places every quote, checks every stated number
 * against the figure's value, and prepares what readers see (display forms, arithmetic, marks).
 */
public final class ArticleAssembler {

    /**
     * Numbers not annotated that are reported one by one, per article: an article of a million
     * characters of numbers would otherwise bring a hundred thousand warnings to every page that
     * lists them. The rest are counted in one more warning.
     */
    static final int MAX_UNANNOTATED_WARNINGS = 200;

    private final Anchorer anchorer;
    private final Optional<Detector> detector;
    private final Arithmetic arithmetic = new Arithmetic();

    /** Without a detector there is no coverage: every number is assumed accounted for. */
    public ArticleAssembler(Anchorer anchorer) {
        this.anchorer = anchorer;
        this.detector = Optional.empty();
    }

    public ArticleAssembler(Anchorer anchorer, Detector detector) {
        this.anchorer = anchorer;
        this.detector = Optional.of(detector);
    }

    public ReaderArticle assemble(Article article, Registry registry, List<Diagnostic> claimProblems) {
        List<Diagnostic> problems = new ArrayList<>(claimProblems);
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        Anchorer.Budget budget = anchorer.budget();
        for (FigureDef def : registry.figures().values()) {
            Optional<Anchor> anchor = anchorer.place(article, def, budget, problems);
            if (anchor.isPresent() && overlapsExisting(anchor.get(), marks, def, problems)) {
                anchor = Optional.empty();
            }
            Figure figure = figure(def, anchor, registry, problems);
            figures.put(def.id(), figure);
            anchor.ifPresent(a ->
                    marks.computeIfAbsent(a.passageId(), k -> new ArrayList<>()).add(new Mark(def.id(), a.mark())));
        }
        marks.values()
                .forEach(list -> list.sort(Comparator.comparingInt(m -> m.span().start())));
        List<PlacedNotClaim> notClaims = new ArrayList<>();
        Map<PlacedNotClaim, NotClaim> writtenAt = new IdentityHashMap<>();
        for (NotClaim notClaim : registry.notClaims()) {
            anchorer.place(article, notClaim, budget, problems)
                    .filter(a -> !overlapsFigureOrNotClaim(a, notClaim, marks, notClaims, problems))
                    .ifPresent(a -> {
                        PlacedNotClaim placed = new PlacedNotClaim(
                                a.passageId(),
                                a.mark(),
                                article.passage(a.passageId())
                                        .orElseThrow()
                                        .text()
                                        .substring(a.mark().start(), a.mark().end()),
                                notClaim.reason());
                        notClaims.add(placed);
                        writtenAt.put(placed, notClaim);
                    });
        }
        requireSourcesForVerdicts(registry, figures, problems);
        warnOfLinksHiddenByFigures(article, marks, problems);
        warnOfFormattingOverPartOfAFigure(article, marks, problems);
        Coverage coverage = detector.map(d -> coverage(d, article, marks, notClaims, problems))
                .orElse(Coverage.none());
        if (detector.isPresent()) {
            warnOfNotClaimsWithoutANumber(coverage, notClaims, writtenAt, problems);
        }
        return new ReaderArticle(article, RoundedFigures.assembled(figures), marks, notClaims, coverage, problems);
    }

    /**
     * An editorial verdict is a judgement against sources: the figure, or the figures it is computed
     * from, must cite at least one, and readers must be able to follow each to its address. Only
     * "unverifiable" may stand alone, as the finding that nothing was found (its note says what was searched).
     */
    private static void requireSourcesForVerdicts(
            Registry registry, Map<String, Figure> figures, List<Diagnostic> problems) {
        for (Figure figure : figures.values()) {
            if (figure.verdict().filter(Verdict::isJudgement).isEmpty()) {
                continue;
            }
            FigureDef def = registry.figures().get(figure.id());
            if (figure.verdict().get() != Verdict.UNVERIFIABLE
                    && !citesASource(figure, figures, new java.util.HashSet<>())) {
                problems.add(Diagnostic.error(
                        def.at(),
                        Message.of(
                                "diagnostic.verdict-without-source",
                                figure.id(),
                                figure.verdict().get().code())));
            }
            for (FigureDef.Reference cited : def.sources()) {
                SourceDef source = registry.sources().get(cited.id());
                if (source != null && source.url() == null) {
                    problems.add(Diagnostic.warning(
                            cited.at(), Message.of("diagnostic.cited-source-without-url", figure.id(), cited.id())));
                }
            }
        }
    }

    private static boolean citesASource(Figure figure, Map<String, Figure> figures, java.util.Set<String> seen) {
        if (!figure.sources().isEmpty()) {
            return true;
        }
        if (!seen.add(figure.id())) {
            return false;
        }
        return figure.inputs().stream()
                .map(figures::get)
                .filter(java.util.Objects::nonNull)
                .anyMatch(input -> citesASource(input, figures, seen));
    }

    /**
     * A link in the text whose words are all a figure's is not shown: a figure is itself a link, to
     * its derivation, and a link cannot hold another (ReaderArticle#segments). Say so, where the link is.
     */
    private static void warnOfLinksHiddenByFigures(
            Article article, Map<String, List<Mark>> marks, List<Diagnostic> problems) {
        for (Passage passage : article.passages()) {
            List<Mark> marked = marks.getOrDefault(passage.id(), List.of());
            for (Inline inline : passage.inlines()) {
                if (inline instanceof Inline.Link link && !marked.isEmpty() && coveredByFigures(link, marked)) {
                    String words = passage.text().substring(link.start(), link.end());
                    problems.add(Diagnostic.warning(
                            where(article, passage, link.start()),
                            Message.of("diagnostic.link-on-figure", link.href(), words)));
                }
            }
        }
    }

    /**
     * Bold, italics or code over part of a figure's words only ({@code **700**W}) is not shown: a
     * figure is shown as one run, in the formatting around all of it (ReaderArticle#segments). Say
     * so, where the formatting starts, so the editor moves the marks rather than wonders.
     */
    private static void warnOfFormattingOverPartOfAFigure(
            Article article, Map<String, List<Mark>> marks, List<Diagnostic> problems) {
        for (Passage passage : article.passages()) {
            for (Mark mark : marks.getOrDefault(passage.id(), List.of())) {
                for (Inline inline : passage.inlines()) {
                    String kind = inline instanceof Inline.Strong
                            ? "bold"
                            : inline instanceof Inline.Emphasis
                                    ? "italics"
                                    : inline instanceof Inline.Code ? "code" : null;
                    int start = mark.span().start();
                    int end = mark.span().end();
                    boolean overlaps = inline.start() < end && inline.end() > start;
                    boolean whole = inline.start() <= start && inline.end() >= end;
                    if (kind != null && overlaps && !whole) {
                        String figure = passage.text().substring(start, end);
                        String part =
                                passage.text().substring(Math.max(start, inline.start()), Math.min(end, inline.end()));
                        problems.add(Diagnostic.warning(
                                where(article, passage, Math.max(start, inline.start())),
                                Message.of("diagnostic.part-of-figure." + kind, part, figure, mark.figureId())));
                    }
                }
            }
        }
    }

    /** Whether the figures' marks (ordered, never overlapping) cover every character of the link. */
    private static boolean coveredByFigures(Inline.Link link, List<Mark> marked) {
        int covered = link.start();
        for (Mark mark : marked) {
            if (mark.span().start() <= covered && mark.span().end() > covered) {
                covered = mark.span().end();
            }
        }
        return covered >= link.end();
    }

    /**
     * A not-claim whose words hold no number, neither one the detector finds (数倍, 两大) nor a digit
     * or a Chinese numeral character (第二), accounts for nothing: most often its number was edited
     * out of the article and the not-claim was left behind.
     */
    private static void warnOfNotClaimsWithoutANumber(
            Coverage coverage,
            List<PlacedNotClaim> notClaims,
            Map<PlacedNotClaim, NotClaim> writtenAt,
            List<Diagnostic> problems) {
        for (PlacedNotClaim placed : notClaims) {
            boolean detected = coverage.mentions().stream()
                    .anyMatch(m -> m.passageId().equals(placed.passageId())
                            && m.start() < placed.span().end()
                            && placed.span().start() < m.end());
            if (!detected && !Detector.hasNumeralCharacter(placed.text())) {
                NotClaim notClaim = writtenAt.get(placed);
                problems.add(Diagnostic.warning(
                        notClaim.at(), Message.of("diagnostic.not-claim-without-number", notClaim.quote())));
            }
        }
    }

    /**
     * Every number the detector finds in the text, with what accounts for it. A number nobody
     * accounted for is a warning at its place in the article file, so that editors find it.
     */
    private static Coverage coverage(
            Detector detector,
            Article article,
            Map<String, List<Mark>> marks,
            List<PlacedNotClaim> notClaims,
            List<Diagnostic> problems) {
        List<Coverage.Mention> mentions = new ArrayList<>();
        int unannotated = 0;
        SourcePosition firstUnlisted = null;
        for (Passage passage : article.passages()) {
            if (passage.kind() == PassageKind.CODE) {
                continue;
            }
            for (NumericMention found : detector.detect(passage.text())) {
                Optional<Mark> mark = marks.getOrDefault(passage.id(), List.of()).stream()
                        .filter(m -> m.span().start() < found.end()
                                && found.start() < m.span().end())
                        .findFirst();
                Optional<PlacedNotClaim> notClaim = notClaims.stream()
                        .filter(n -> n.passageId().equals(passage.id()))
                        .filter(n -> n.span().start() < found.end()
                                && found.start() < n.span().end())
                        .findFirst();
                Coverage.Status status = mark.isPresent()
                        ? Coverage.Status.ANNOTATED
                        : notClaim.isPresent() ? Coverage.Status.NOT_A_CLAIM : Coverage.Status.UNANNOTATED;
                mentions.add(new Coverage.Mention(
                        found.text(),
                        passage.id(),
                        found.start(),
                        found.end(),
                        status,
                        mark.map(Mark::figureId),
                        notClaim.map(PlacedNotClaim::reason)));
                if (status == Coverage.Status.UNANNOTATED && ++unannotated <= MAX_UNANNOTATED_WARNINGS) {
                    problems.add(Diagnostic.warning(
                            where(article, passage, found.start()),
                            Message.of("diagnostic.unannotated", found.text(), passage.id())));
                } else if (status == Coverage.Status.UNANNOTATED && unannotated == MAX_UNANNOTATED_WARNINGS + 1) {
                    firstUnlisted = where(article, passage, found.start());
                }
            }
        }
        if (unannotated > MAX_UNANNOTATED_WARNINGS) {
            problems.add(Diagnostic.warning(
                    firstUnlisted,
                    Message.of(
                            "diagnostic.unannotated.more",
                            unannotated - MAX_UNANNOTATED_WARNINGS,
                            MAX_UNANNOTATED_WARNINGS)));
        }
        return new Coverage(mentions);
    }

    /**
     * The place of a character of a passage in the article file: where the parser saw it written, or
     * for a passage without that (code blocks), the block's first line.
     */
    private static SourcePosition where(Article article, Passage passage, int offset) {
        return passage.origin(offset)
                .map(origin -> new SourcePosition(article.file(), origin.line(), origin.column()))
                .orElseGet(() -> new SourcePosition(article.file(), passage.line(), passage.line() == 0 ? 0 : 1));
    }

    /** A number is either a figure or not one: a not-claim may not mark the words of a figure, or of another not-claim. */
    private static boolean overlapsFigureOrNotClaim(
            Anchor anchor,
            NotClaim notClaim,
            Map<String, List<Mark>> marks,
            List<PlacedNotClaim> placed,
            List<Diagnostic> problems) {
        for (Mark mark : marks.getOrDefault(anchor.passageId(), List.of())) {
            if (mark.span().start() < anchor.mark().end()
                    && anchor.mark().start() < mark.span().end()) {
                problems.add(Diagnostic.error(
                        notClaim.at(),
                        Message.of("diagnostic.not-claim-on-figure", notClaim.quote(), mark.figureId())));
                return true;
            }
        }
        for (PlacedNotClaim other : placed) {
            if (other.passageId().equals(anchor.passageId())
                    && other.span().start() < anchor.mark().end()
                    && anchor.mark().start() < other.span().end()) {
                problems.add(Diagnostic.error(
                        notClaim.at(), Message.of("diagnostic.not-claim-twice", notClaim.quote(), other.text())));
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsExisting(
            Anchor anchor, Map<String, List<Mark>> marks, FigureDef def, List<Diagnostic> problems) {
        for (Mark mark : marks.getOrDefault(anchor.passageId(), List.of())) {
            if (mark.span().start() < anchor.mark().end()
                    && anchor.mark().start() < mark.span().end()) {
                problems.add(Diagnostic.error(
                        def.quoteAt(), Message.of("diagnostic.figures-overlap", def.id(), mark.figureId())));
                return true;
            }
        }
        return false;
    }

    private Figure figure(FigureDef def, Optional<Anchor> anchor, Registry registry, List<Diagnostic> problems) {
        Optional<Quantity> value = registry.value(def.id());
        Optional<TimePoint> when =
                def.definition() instanceof Definition.Dated dated ? Optional.of(dated.when()) : Optional.empty();
        Optional<NumericMention> stated = anchor.flatMap(Anchor::stated);
        Consistency check = check(def, stated, value, when, problems);

        String display;
        if (def.statedText().isPresent()) {
            display = def.stated();
        } else if (stated.isPresent()) {
            display = stated.get().text();
        } else if (value.isPresent()) {
            display = QuantityFormat.chinese(value.get());
        } else {
            display = when.map(TimePoint::chinese).orElse("");
        }
        String si = value.map(v -> QuantityFormat.si(v))
                .orElse(when.map(TimePoint::iso).orElse(""));
        String plain =
                value.map(QuantityFormat::plain).orElse(when.map(TimePoint::iso).orElse(""));

        List<String> inputs = List.of();
        List<org.evidencereader.library.Term> terms = List.of();
        Optional<org.evidencereader.derivation.Expression> formula = Optional.empty();
        if (def.definition() instanceof Definition.Derived derived) {
            formula = Optional.of(derived.formula());
            inputs = List.copyOf(derived.formula().references());
            terms = value.map(v -> arithmetic.render(derived.formula(), registry::value, v))
                    .orElse(List.of());
        }
        List<SourceDef> sources = def.sources().stream()
                .map(ref -> registry.sources().get(ref.id()))
                .filter(java.util.Objects::nonNull)
                .toList();
        return new Figure(
                def.id(),
                def.label(),
                def.quoteText(),
                anchor,
                value,
                registry.isEstimate(def.id()),
                when,
                formula,
                inputs,
                sources,
                def.verdictValue(),
                def.noteText(),
                check,
                display,
                si,
                plain,
                terms,
                def.at());
    }

    /** A stated time against a figure's date: the whole date when the text gives a year, else the month. */
    private static Consistency sameTime(NumericMention stated, TimePoint when) {
        if (stated.timePoint().isPresent()) {
            return stated.timePoint().get().equals(when) ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
        }
        if (stated.month().isPresent() && when.month() > 0) {
            return stated.month().getAsInt() == when.month() ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
        }
        return Consistency.UNCHECKED;
    }

    private static Consistency check(
            FigureDef def,
            Optional<NumericMention> stated,
            Optional<Quantity> value,
            Optional<TimePoint> when,
            List<Diagnostic> problems) {
        if (stated.isEmpty()) {
            return Consistency.UNCHECKED;
        }
        Consistency result;
        if (value.isPresent()) {
            // a sourced value is compared at the precision its source writes it; a computed one is exact
            Precision precision =
                    def.definition() instanceof Definition.Sourced sourced ? sourced.precision() : Precision.EXACT;
            result = StatedCheck.check(stated.get(), value.get(), precision);
        } else if (when.isPresent()) {
            result = sameTime(stated.get(), when.get());
        } else {
            return Consistency.UNCHECKED;
        }
        if (result == Consistency.INCONSISTENT && !Verdict.saysTheTextIsOff(def.verdict())) {
            // formatted only for the message: most figures agree with the text, and need no message
            String computed =
                    value.map(QuantityFormat::plain).orElseGet(() -> when.get().iso());
            // '下跌38.49%' states -38.49%: say how the text was read when a word before it changes the number
            Optional<String> read = stated.get().cue().isEmpty()
                    ? Optional.empty()
                    : stated.get().quantity().map(QuantityFormat::plain);
            problems.add(Diagnostic.warning(
                    def.quoteAt(),
                    read.map(q -> Message.of(
                                    "diagnostic.stated-differs.cue",
                                    stated.get().text(),
                                    def.id(),
                                    computed,
                                    stated.get().cue(),
                                    q))
                            .orElseGet(() -> Message.of(
                                    "diagnostic.stated-differs", stated.get().text(), def.id(), computed))));
        }
        return result;
    }
}
