package org.evidencereader.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.Article;
import org.evidencereader.article.Passage;
import org.evidencereader.detect.Detector;
import org.evidencereader.figure.MentionKind;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.TimePoint;
import org.evidencereader.figure.Unit;
import org.evidencereader.library.Coverage;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.nlp.HanLpRomaniser;
import org.evidencereader.nlp.HanLpTokenizer;
import org.evidencereader.nlp.Romaniser;
import org.evidencereader.nlp.TextSpan;
import org.evidencereader.nlp.Token;
import org.evidencereader.nlp.Tokenizer;

/**
 * Claim drafts for the numbers of an article that nothing covers yet, from what the reader already
 * knows: the detector's reading of each number (its value, unit, kind and cue), the anchorer's
 * test of a quote's uniqueness, and the words around it for a label and an id.
 *
 * <p>Stateless and thread-safe if its parts are.
 */
public final class Drafter {

    /** A count this small, written in Chinese numerals with no unit (两大, 三家), names things rather than measures. */
    private static final int LARGEST_NAMING_COUNT = 10;
    /** Letters a quote holds besides its number: a bare number is unique by luck and says nothing of what it counts. */
    private static final int MIN_CONTEXT = 2;
    /**
     * Word boundaries a quote may reach on each side of its number. A quote that needs more is no
     * shorter than a sentence for the editor, and every pair of boundaries in a sentence of
     * thousands of words would be millions of candidates for each of its numbers.
     */
    private static final int QUOTE_REACH = 32;

    private final Detector detector;
    private final Tokenizer tokenizer;
    private final Anchorer anchorer;
    private final Naming naming;

    public Drafter(Detector detector, Tokenizer tokenizer, Anchorer anchorer, Romaniser romaniser) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.anchorer = Objects.requireNonNull(anchorer, "anchorer");
        this.naming = new Naming(Objects.requireNonNull(romaniser, "romaniser"));
    }

    /** The drafter the command and the editor's page use: HanLP's tokens, the detector, pinyin ids. */
    public static Drafter withHanLp() {
        HanLpTokenizer tokenizer = new HanLpTokenizer();
        return new Drafter(new Detector(tokenizer), tokenizer, new Anchorer(), new HanLpRomaniser());
    }

    /** One draft for each number of the article that no figure or not-claim covers, in the article's order. */
    public List<Draft> draft(ReaderArticle article, IdStyle style) {
        return drafted(article, style).stream().map(Drafted::draft).toList();
    }

    /** The same drafts as {@link #draft}, each with the uncovered number it is for. */
    public List<Drafted> drafted(ReaderArticle article, IdStyle style) {
        return drafted(article, style, Integer.MAX_VALUE);
    }

    /** The drafts of {@link #drafted(ReaderArticle, IdStyle)} for the first {@code limit} uncovered numbers. */
    public List<Drafted> drafted(ReaderArticle article, IdStyle style, int limit) {
        Set<String> ids = new HashSet<>(article.figures().keySet());
        List<Drafted> drafts = new ArrayList<>();
        for (Coverage.Mention uncovered : article.coverage().mentions()) {
            if (uncovered.status() != Coverage.Status.UNANNOTATED) {
                continue;
            }
            if (drafts.size() >= limit) {
                break;
            }
            Passage passage = article.article().passage(uncovered.passageId()).orElseThrow();
            detector.detect(passage.text()).stream()
                    .filter(m -> m.start() == uncovered.start() && m.end() == uncovered.end())
                    .findFirst()
                    .map(m -> new Drafted(uncovered, draft(article.article(), passage, m, ids, style)))
                    .ifPresent(drafts::add);
        }
        return List.copyOf(drafts);
    }

    private Draft draft(Article article, Passage passage, NumericMention mention, Set<String> ids, IdStyle style) {
        String text = passage.text();
        TextSpan sentence = sentenceOf(passage, mention);
        List<Token> passageTokens = tokenizer.tokenize(text);
        List<Token> tokens = passageTokens.stream()
                .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .toList();
        String quote = quote(article, text, sentence, tokens, mention);
        String sentenceText = text.substring(sentence.start(), sentence.end());
        Optional<String> notAFigure = notAFigure(mention);
        if (notAFigure.isPresent()) {
            return new Draft.NotClaimDraft(passage.id(), quote, mention.text(), notAFigure.get(), sentenceText);
        }
        List<String> remarks = new ArrayList<>();
        Draft.DraftValue value;
        if (mention.kind() == MentionKind.TIME_POINT) {
            Optional<TimePoint> when = mention.timePoint().or(() -> yearBefore(article, passage, mention, remarks));
            if (when.isEmpty()) {
                return new Draft.NotClaimDraft(
                        passage.id(),
                        quote,
                        mention.text(),
                        "A month with no year in the article to"
                                + " date it; give it 'when: YYYY-MM' as a figure if the year is known.",
                        sentenceText);
            }
            value = new Draft.When(when.get());
        } else {
            // the passage's words, not the sentence's: the splitter may end a sentence inside "H100 GPU"
            Optional<String> noun = naming.countedNoun(passageTokens, mention);
            value = noun.map(n -> counted(mention, n)).orElseGet(() -> amount(mention));
            if (noun.isPresent()) {
                remarks.add("counted in " + mention.unitText() + " of " + noun.get() + ": the unit '" + noun.get()
                        + "' lets formulas use it (72万 GPU × 700 W)");
            } else if (mention.unit().isEmpty() && !mention.unitText().isEmpty()) {
                remarks.add("counted in " + mention.unitText() + ": write what is counted as the unit if it helps"
                        + " formulas (for example '" + ((Draft.Amount) value).text() + " GPU')");
            }
        }
        Naming.Name name = naming.name(text, tokens, mention);
        String id = unique(naming.id(name, mention, style), ids);
        String label = name.label(quote);
        boolean readAlone = NumeralParser.parseOne(mention.text())
                .map(alone -> alone.low() == mention.low() && alone.high() == mention.high())
                .orElse(false);
        String statedWords = readAlone || !quote.contains(mention.cue() + mention.text())
                ? mention.text()
                : mention.cue() + mention.text();
        return new Draft.FigureDraft(
                id, label, passage.id(), quote, mention.text(), statedWords, value, sentenceText, remarks);
    }

    /** Why a number is not a figure to check, if it is one of the kinds that are not. */
    private static Optional<String> notAFigure(NumericMention mention) {
        if (mention.kind() == MentionKind.VAGUE) {
            return Optional.of("A vague amount ('" + mention.text() + "'), with no number to check.");
        }
        boolean chinese = mention.text().chars().noneMatch(Character::isDigit);
        if (mention.kind() == MentionKind.QUANTITY
                && chinese
                && mention.unit().isEmpty()
                && !mention.isRange()
                && mention.low() <= LARGEST_NAMING_COUNT) {
            return Optional.of(
                    "A count of the things the sentence names ('" + mention.text() + "'), not a figure to check.");
        }
        return Optional.empty();
    }

    /** A month with no year (9月) takes the year of the nearest date before it that has one, with a remark. */
    private Optional<TimePoint> yearBefore(
            Article article, Passage passage, NumericMention mention, List<String> remarks) {
        if (mention.month().isEmpty()) {
            return Optional.empty();
        }
        Optional<NumericMention> dated = Optional.empty();
        for (Passage p : article.passages()) {
            for (NumericMention m : detector.detect(p.text())) {
                if (p == passage && m.start() >= mention.start()) {
                    break;
                }
                if (m.timePoint().isPresent()) {
                    dated = Optional.of(m);
                }
            }
            if (p == passage) {
                break;
            }
        }
        return dated.map(d -> {
            remarks.add("the year is that of '" + d.text() + "' earlier in the article: check it");
            return TimePoint.ofMonth(d.timePoint().get().year(), mention.month().getAsInt());
        });
    }

    /** The value as the claim file writes it: the number with 万 or 亿 as the article has it, then the unit. */
    static Draft.Amount amount(NumericMention mention) {
        Unit unit = mention.unit().orElse(Unit.ONE);
        Quantity quantity = new Quantity(mention.low(), mention.high(), unit);
        String magnitude = mention.text().matches(".*[0-9]\\s*万亿.*")
                ? "万亿"
                : mention.text().matches(".*[0-9]\\s*亿.*")
                        ? "亿"
                        : mention.text().matches(".*[0-9]\\s*万.*")
                                        && !mention.unitText().startsWith("万")
                                ? "万"
                                : "";
        double scale = switch (magnitude) {
            case "万亿" -> 1e12;
            case "亿" -> 1e8;
            case "万" -> 1e4;
            default -> 1;
        };
        String number = number(mention.low() / scale) + magnitude;
        if (mention.isRange()) {
            number += ".." + number(mention.high() / scale) + magnitude;
        }
        String symbol = unit.symbol();
        return new Draft.Amount(quantity, symbol.isEmpty() || symbol.equals("1") ? number : number + " " + symbol);
    }

    /** A count with the noun it counts as its unit: {@code 4211..10528 GPU}. */
    private static Draft.Amount counted(NumericMention mention, String noun) {
        Draft.Amount bare = amount(mention);
        Unit unit = Unit.parse(noun);
        return new Draft.Amount(new Quantity(mention.low(), mention.high(), unit), bare.text() + " " + unit.symbol());
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** The passage's sentence that holds the number (all the sentences it spans, should it cross one's end). */
    private static TextSpan sentenceOf(Passage passage, NumericMention mention) {
        int start = 0;
        int end = passage.text().length();
        for (TextSpan s : passage.sentences()) {
            if (s.start() <= mention.start() && mention.start() < s.end()) {
                start = s.start();
            }
            if (s.start() < mention.end() && mention.end() <= s.end()) {
                end = s.end();
            }
        }
        return new TextSpan(Math.min(start, mention.start()), Math.max(end, mention.end()));
    }

    /** Letters and digits of {@code quote} that are not its number or the cue before it. */
    private static int context(String quote, NumericMention mention) {
        return (int) (quote.codePoints().filter(Character::isLetterOrDigit).count()
                - (mention.cue() + mention.text())
                        .codePoints()
                        .filter(Character::isLetterOrDigit)
                        .count());
    }

    /**
     * The shortest run of whole words around the number, inside its sentence, that occurs once in
     * the article and holds at least {@value #MIN_CONTEXT} letters besides the number, in which the number is the first occurrence of its own words (so the anchorer
     * marks it, not an earlier copy), and which keeps a cue word (下跌, 不到) with its number. At equal
     * length, the one with more words before the number: Chinese names the thing first. The whole
     * sentence when no shorter run is unique.
     */
    private String quote(Article article, String text, TextSpan sentence, List<Token> tokens, NumericMention mention) {
        int from = mention.start() - mention.cue().length();
        Set<Integer> bounds = new java.util.TreeSet<>(List.of(sentence.start(), sentence.end(), from, mention.end()));
        tokens.forEach(t -> {
            bounds.add(t.start());
            bounds.add(t.end());
        });
        record Window(int start, int end) {
            int length() {
                return end - start;
            }
        }
        List<Integer> starts =
                bounds.stream().filter(a -> a >= sentence.start() && a <= from).toList();
        starts = starts.subList(Math.max(0, starts.size() - QUOTE_REACH), starts.size());
        List<Integer> ends = bounds.stream()
                .filter(b -> b >= mention.end() && b <= sentence.end())
                .limit(QUOTE_REACH)
                .toList();
        List<Window> windows = new ArrayList<>();
        for (int a : starts) {
            for (int b : ends) {
                windows.add(new Window(a, b));
            }
        }
        windows.sort(Comparator.comparingInt(Window::length).thenComparingInt(Window::start));
        for (Window w : windows) {
            String quote = text.substring(w.start(), w.end());
            if (quote.isBlank() || !quote.equals(quote.strip()) || context(quote, mention) < MIN_CONTEXT) {
                continue;
            }
            if (quote.indexOf(mention.text()) == mention.start() - w.start()
                    && anchorer.occurrences(article, quote) == 1) {
                return quote;
            }
        }
        return text.substring(sentence.start(), sentence.end()).strip();
    }
}
