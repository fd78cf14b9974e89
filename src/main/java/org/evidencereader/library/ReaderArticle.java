package org.evidencereader.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencereader.article.Article;
import org.evidencereader.article.Inline;
import org.evidencereader.article.Passage;
import org.evidencereader.diagnostic.Diagnostic;

/** An article with its figures resolved and placed: everything the reader page and the API show. */
public final class ReaderArticle {

    private final Article article;
    private final Map<String, Figure> figures;
    private final Map<String, List<Mark>> marks;
    private final List<PlacedNotClaim> notClaims;
    private final List<Diagnostic> diagnostics;
    private final List<Diagnostic> rejectedChange;
    private final Coverage coverage;

    public ReaderArticle(
            Article article,
            Map<String, Figure> figures,
            Map<String, List<Mark>> marks,
            List<PlacedNotClaim> notClaims,
            Coverage coverage,
            List<Diagnostic> diagnostics) {
        this(article, figures, marks, notClaims, coverage, diagnostics, List.of());
    }

    private ReaderArticle(
            Article article,
            Map<String, Figure> figures,
            Map<String, List<Mark>> marks,
            List<PlacedNotClaim> notClaims,
            Coverage coverage,
            List<Diagnostic> diagnostics,
            List<Diagnostic> rejectedChange) {
        this.coverage = java.util.Objects.requireNonNull(coverage, "coverage");
        this.rejectedChange = List.copyOf(rejectedChange);
        this.notClaims = List.copyOf(notClaims);
        this.article = article;
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        Map<String, List<Mark>> copy = new LinkedHashMap<>();
        marks.forEach((passage, list) -> copy.put(passage, List.copyOf(list)));
        this.marks = Collections.unmodifiableMap(copy);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public String slug() {
        return article.slug();
    }

    public Article article() {
        return article;
    }

    public Map<String, Figure> figures() {
        return figures;
    }

    public Optional<Figure> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    public List<Figure> figuresInText() {
        return figures.values().stream().filter(Figure::isInText).toList();
    }

    public List<Figure> impliedFigures() {
        return figures.values().stream().filter(f -> !f.isInText()).toList();
    }

    /** How the article's figures fared: the count of each verdict that occurs, then of those without one. */
    public List<VerdictCount> verdictCounts() {
        return VerdictCount.of(figures.values());
    }

    /**
     * A derived figure's arithmetic in the article's own words ({@code 72万张 × 700W = 50.4万千瓦}): each
     * input and the result as the text writes them where the text states them right; any other value
     * (an implied input, a number the text gets wrong, a what-if's) in SI with a sensible prefix, as the
     * card's value line shows it ({@code 252 MW}, not {@code 252,000 kW}).
     */
    public List<Term> arithmeticAsWritten(Figure figure) {
        List<Term> terms = figure.arithmetic();
        List<Term> written = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.isInput()) {
                written.add(figure(term.figureId().get())
                        .map(input -> new Term(asWritten(input), term.figureId()))
                        .orElse(term));
            } else if (i == terms.size() - 1) {
                written.add(Term.text(asWritten(figure)));
            } else {
                written.add(term);
            }
        }
        return List.copyOf(written);
    }

    private static String asWritten(Figure figure) {
        return writtenRight(figure) ? figure.display() : figure.si();
    }

    private static boolean writtenRight(Figure figure) {
        return figure.isInText() && figure.check() == org.evidencereader.figure.Consistency.CONSISTENT;
    }

    /** Figures marked in the text, in the order a reader meets them. */
    public List<Figure> figuresInTextOrder() {
        List<Figure> ordered = new ArrayList<>();
        for (var passage : article.passages()) {
            for (Mark mark : marks(passage.id())) {
                figure(mark.figureId()).ifPresent(ordered::add);
            }
        }
        return ordered;
    }

    /** Marks of a passage, ordered by position and never overlapping. */
    public List<Mark> marks(String passageId) {
        return marks.getOrDefault(passageId, List.of());
    }

    /**
     * The numbers in the text that editors marked as not figures to check, placed, in the order the
     * claim files list them. Not shown in the passages' {@link #segments}.
     */
    public List<PlacedNotClaim> notClaims() {
        return notClaims;
    }

    /** Every number in the text and what accounts for it. */
    public Coverage coverage() {
        return coverage;
    }

    /**
     * A passage cut into runs, in order: plain text, figures' marked words, and the numbers coverage
     * found without a figure; and cut again where its inline formatting begins or ends. A figure or a
     * number is never cut: it is shown in the formatting that covers all of it, and never inside a
     * link (a link cannot hold the figure's own link), so the text around it stays linked.
     */
    public List<Segment> segments(Passage passage) {
        record Cut(int start, int end, Segment segmentOf) {}
        String text = passage.text();
        List<Cut> cuts = new ArrayList<>();
        for (Mark mark : marks(passage.id())) {
            cuts.add(new Cut(
                    mark.span().start(),
                    mark.span().end(),
                    Segment.figure(
                            text.substring(mark.span().start(), mark.span().end()), mark.figureId())));
        }
        for (Coverage.Mention mention : coverage.in(passage.id())) {
            boolean free = cuts.stream().noneMatch(c -> c.start() < mention.end() && mention.start() < c.end());
            if (mention.status() != Coverage.Status.ANNOTATED && free) {
                cuts.add(new Cut(
                        mention.start(),
                        mention.end(),
                        Segment.uncovered(text.substring(mention.start(), mention.end()), mention)));
            }
        }
        cuts.sort(java.util.Comparator.comparingInt(Cut::start));
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (Cut cut : cuts) {
            if (cut.start() > cursor) {
                segments.add(Segment.plain(text.substring(cursor, cut.start())));
            }
            segments.add(cut.segmentOf());
            cursor = cut.end();
        }
        if (cursor < text.length()) {
            segments.add(Segment.plain(text.substring(cursor)));
        }
        return passage.inlines().isEmpty() ? segments : formatted(segments, passage.inlines());
    }

    /**
     * The segments cut again where formatting begins or ends, each with the formatting that covers
     * it. One pass: the spans are taken in order of their start and only those still open at a run
     * are looked at, so a paragraph of thousands of spans costs no more than it is long.
     */
    private static List<Segment> formatted(List<Segment> segments, List<Inline> inlines) {
        List<Inline> byStart = inlines.stream()
                .sorted(java.util.Comparator.comparingInt(Inline::start))
                .toList();
        java.util.TreeSet<Integer> bounds = new java.util.TreeSet<>();
        for (Inline inline : byStart) {
            bounds.add(inline.start());
            bounds.add(inline.end());
        }
        List<Inline> open = new ArrayList<>();
        int next = 0;
        List<Segment> runs = new ArrayList<>();
        int start = 0;
        for (Segment segment : segments) {
            int end = start + segment.text().length();
            // A figure is one link to its derivation: never cut. Any other run (an unannotated number
            // too) is cut where formatting begins or ends, so a link half over it stays a link.
            List<Integer> cuts = segment.isFigure() ? List.of() : List.copyOf(bounds.subSet(start, false, end, false));
            int from = start;
            for (int i = 0; i <= cuts.size(); i++) {
                int to = i < cuts.size() ? cuts.get(i) : end;
                while (next < byStart.size() && byStart.get(next).start() <= from) {
                    open.add(byStart.get(next++));
                }
                int at = from;
                open.removeIf(inline -> inline.end() <= at);
                Segment.Format format = Segment.Format.of(open, from, to);
                if (segment.isFigure()) {
                    // the figure is a link to its derivation, and a link cannot hold another
                    runs.add(segment.in(
                            new Segment.Format(format.strong(), format.emphasis(), format.code(), Optional.empty())));
                } else {
                    runs.add(segment.part(from - start, to - start).in(format));
                }
                from = to;
            }
            start = end;
        }
        return runs;
    }

    /** Problems of this version of the article (the one being served). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * How many of {@link #diagnostics} are errors. Counted here, not in a template: a new article
     * can have tens of thousands of unannotated numbers, each a warning, and a SpEL selection over
     * that many stops at its operation limit and fails the page.
     */
    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** How many of {@link #rejectedChange} are errors. */
    public long rejectedErrorCount() {
        return rejectedChange.stream().filter(Diagnostic::isError).count();
    }

    /**
     * Problems of a newer version of the files that was not swapped in because it has errors; this
     * (last good) version is served until they are fixed. Empty when the files and the page agree.
     */
    public List<Diagnostic> rejectedChange() {
        return rejectedChange;
    }

    /** This version, still served, with the errors of a newer version that was refused. */
    ReaderArticle withRejectedChange(List<Diagnostic> problems) {
        return new ReaderArticle(article, figures, marks, notClaims, coverage, diagnostics, problems);
    }

    /** Figures this one is computed from, transitively, each once, depth-first. */
    public List<Figure> ancestry(Figure figure) {
        java.util.LinkedHashSet<Figure> out = new java.util.LinkedHashSet<>();
        collect(figure, out);
        out.remove(figure);
        return List.copyOf(out);
    }

    private void collect(Figure figure, java.util.Set<Figure> out) {
        if (!out.add(figure)) {
            return;
        }
        for (String input : figure.inputs()) {
            figure(input).ifPresent(f -> collect(f, out));
        }
    }

    /**
     * How many boxes the figure's derivation would have drawn as a tree, every input drawn again
     * under every figure that uses it: 1 for a figure with a value, else 1 plus that of each input.
     * In a lattice where each figure uses both of the level below this doubles per level; a page
     * that draws a shared input once and links to it stays as small as {@link #ancestry}. Counted
     * once per figure, so cheap whatever it comes to; {@link Long#MAX_VALUE} when it would be more.
     */
    public long expandedSize(Figure figure) {
        return expandedSize(figure, new java.util.HashMap<>());
    }

    private long expandedSize(Figure figure, Map<String, Long> known) {
        Long size = known.get(figure.id());
        if (size != null) {
            return size;
        }
        long total = 1; // a formula is at most 100 figures deep (Registry.MAX_DERIVATION_DEPTH): recursion is safe
        for (String input : figure.inputs()) {
            Optional<Figure> used = figure(input);
            if (used.isPresent()) {
                long more = expandedSize(used.get(), known);
                total = total > Long.MAX_VALUE - more ? Long.MAX_VALUE : total + more;
            }
        }
        known.put(figure.id(), total);
        return total;
    }

    /**
     * The figures whose sources a figure's page cites: its own for a figure with a value, or the
     * figures with values (not derived) that a derived figure is computed from.
     */
    public List<Figure> citedFigures(Figure figure) {
        return figure.isDerived()
                ? ancestry(figure).stream().filter(f -> !f.isDerived()).toList()
                : List.of(figure);
    }

    /** The figures a reader can change on a figure's what-if form: those of {@link #citedFigures} that have a value. */
    public List<Figure> whatIfInputs(Figure figure) {
        return citedFigures(figure).stream().filter(f -> f.value().isPresent()).toList();
    }

    /**
     * Where a figure comes from: its own sources, or for a derived figure without any, the sources
     * of the figures it is computed from (each once, in order).
     */
    public List<org.evidencereader.claim.SourceDef> citedSources(Figure figure) {
        if (!figure.sources().isEmpty() || !figure.isDerived()) {
            return figure.sources();
        }
        return ancestry(figure).stream()
                .flatMap(f -> f.sources().stream())
                .distinct()
                .toList();
    }

    /**
     * What a reader can change on the article's what-if form: the figures with a value of their own
     * (not derived) that some formula uses, in the registry's order.
     */
    public List<Figure> whatIfInputs() {
        Set<String> used =
                figures.values().stream().flatMap(f -> f.inputs().stream()).collect(Collectors.toSet());
        return figures.values().stream()
                .filter(f -> !f.isDerived() && f.value().isPresent() && used.contains(f.id()))
                .toList();
    }

    /** Figures whose formula uses this one directly. */
    public List<Figure> usedBy(Figure figure) {
        return figures.values().stream()
                .filter(f -> f.inputs().contains(figure.id()))
                .toList();
    }
}
