package org.evidencereader.anchor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.article.Passage;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.nlp.TextSpan;

/** A quote read against a passage: the number it is about, where that number is marked (the anchor), how a match scores. */
final class QuoteText {

    private static final String NUMERAL_CHARACTERS = "0123456789.零〇一二两三四五六七八九十百千万亿";

    private QuoteText() {}

    /** The number an approximate match must keep: the stated one, or the quote's only number. */
    static Optional<String> keyNumber(Anchorer.Quoted q) {
        if (q.stated().isPresent()) {
            return q.stated();
        }
        List<NumericMention> mentions = NumeralParser.find(q.quote());
        return mentions.size() == 1 ? Optional.of(mentions.get(0).text()) : Optional.empty();
    }

    /** The folded number inside or overlapping a hit, standing on its own (not part of a longer number). */
    static Optional<TextSpan> numberNear(String text, String number, ApproximateSearch.Hit hit) {
        for (int i = text.indexOf(number, Math.max(0, hit.start() - number.length() + 1));
                i >= 0 && i < hit.end();
                i = text.indexOf(number, i + 1)) {
            int end = i + number.length();
            boolean before = i == 0 || !numeral(number.charAt(0)) || !numeral(text.charAt(i - 1));
            boolean after =
                    end == text.length() || !numeral(number.charAt(number.length() - 1)) || !numeral(text.charAt(end));
            if (before && after) {
                return Optional.of(new TextSpan(i, end));
            }
        }
        return Optional.empty();
    }

    static boolean numeral(char c) {
        return NUMERAL_CHARACTERS.indexOf(c) >= 0;
    }

    static NormalisedText folded(Passage passage, Map<Passage, NormalisedText> cache) {
        return cache.computeIfAbsent(passage, p -> NormalisedText.of(p.text()));
    }

    /**
     * The anchor of a quote placed at {@code quoteSpan}: the stated number (found in the quote as
     * written, else once normalised, unless the caller already knows where it is), or the quote's
     * only number, is what gets marked.
     */
    static Anchor anchor(
            Anchorer.Quoted q,
            Passage passage,
            TextSpan quoteSpan,
            Optional<TextSpan> statedAt,
            Anchor.Match match,
            List<Diagnostic> problems) {
        String text = passage.text();
        if (q.stated().isPresent()) {
            String stated = q.stated().get();
            TextSpan mark = statedAt.or(() -> within(text, quoteSpan, stated)).orElse(quoteSpan);
            String words = text.substring(mark.start(), mark.end());
            Optional<NumericMention> parsed =
                    NumeralParser.parseOne(words).or(() -> NumeralParser.parseOne(NormalisedText.fold(words)));
            if (parsed.isEmpty() && q.checked()) {
                problems.add(
                        Diagnostic.warning(q.at(), Message.of("diagnostic.quote.stated-unreadable", stated, q.name())));
            }
            return new Anchor(passage.id(), quoteSpan, mark, parsed, match);
        }
        List<NumericMention> mentions = NumeralParser.find(text.substring(quoteSpan.start(), quoteSpan.end()));
        if (mentions.size() == 1) {
            NumericMention only = mentions.get(0);
            TextSpan mark = new TextSpan(quoteSpan.start() + only.start(), quoteSpan.start() + only.end());
            return new Anchor(passage.id(), quoteSpan, mark, Optional.of(only), match);
        }
        if (mentions.size() > 1) {
            Message all = Wording.joined(
                    mentions.stream().map(m -> Wording.quoted(m.text())).toList(), "diagnostic.list");
            String key = q.checked()
                    ? "diagnostic.quote.several-numbers.figure"
                    : "diagnostic.quote.several-numbers.not-claim";
            problems.add(Diagnostic.warning(q.at(), Message.of(key, q.name(), mentions.size(), all)));
        }
        return new Anchor(passage.id(), quoteSpan, quoteSpan, Optional.empty(), match);
    }

    /** Where {@code words} stand inside the quote's span: as written, else once normalised. */
    static Optional<TextSpan> within(String text, TextSpan quoteSpan, String words) {
        int i = text.indexOf(words, quoteSpan.start());
        if (i >= 0 && i + words.length() <= quoteSpan.end()) {
            return Optional.of(new TextSpan(i, i + words.length()));
        }
        NormalisedText folded = NormalisedText.of(text);
        String needle = NormalisedText.fold(words);
        int from = folded.foldedOffset(quoteSpan.start());
        int to = folded.foldedOffset(quoteSpan.end());
        int j = needle.isEmpty() ? -1 : folded.folded().indexOf(needle, from);
        if (j >= 0 && j + needle.length() <= to) {
            return Optional.of(folded.originalSpan(j, j + needle.length()));
        }
        return Optional.empty();
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", Math.floor(value * 100 + 1e-9) / 100);
    }

    static String shorten(String words) {
        return words.length() <= 60 ? words : words.substring(0, 59) + "…";
    }
}
