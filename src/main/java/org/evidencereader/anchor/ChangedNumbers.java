package org.evidencereader.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.nlp.TextSpan;

/**
 * The numbers of a quote as the claim file writes it against those of the words it was placed on
 * when it was not found exactly. Every number counts, not only the stated one: a reworded sentence
 * may be forgiven, a changed number never, since the figure would then sit on text saying something
 * else. Numbers are compared as written once folded ({@link NormalisedText}), with the word before
 * each that changes its meaning (a sign such as 下跌 or 上涨, a bound such as 约 or 不到), so an
 * edited digit, magnitude word (万 → 亿), minus sign or sign word is a change; the same value
 * written another way (120万 → 1200000) is one too, because the editor should look at it.
 */
final class ChangedNumbers {

    private ChangedNumbers() {}

    /** A number as it reads: its sign or bound word, and the number with its unit, folded. */
    private record Written(String cue, String number) {
        static Written of(NumericMention mention) {
            return new Written(mention.cue(), mention.text());
        }

        @Override
        public String toString() {
            return cue + number;
        }
    }

    /**
     * What changed from the quote's numbers to those of the words at {@code span} of the passage
     * (widened to whole numbers), listed for a message; empty when nothing did.
     */
    static Optional<Message> at(String quote, String passage, TextSpan span) {
        TextSpan whole = wholeNumbers(passage, span);
        List<Message> changes = between(quote, passage.substring(whole.start(), whole.end()));
        return changes.isEmpty() ? Optional.empty() : Optional.of(Wording.joined(changes, "diagnostic.list"));
    }

    /**
     * The span widened to whole numbers: a placed stretch may begin or end inside a number
     * ({@code 20万元} found in {@code 120万元}), and what the reader sees there is the whole number.
     */
    static TextSpan wholeNumbers(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        for (NumericMention m : NumeralParser.find(text)) {
            if (m.start() < start && m.end() > start) {
                start = m.start();
            }
            if (m.start() < end && m.end() > end) {
                end = m.end();
            }
        }
        return new TextSpan(start, end);
    }

    /**
     * What changed from the quote's numbers to the placed words' numbers, in reading order
     * ({@code 120万元 → 150万元}, {@code 下跌 → 上涨}, {@code 30% is gone}); empty when they are the same.
     */
    static List<Message> between(String quote, String placed) {
        List<Written> before = numbers(quote);
        List<Written> after = numbers(placed);
        // The longest run of numbers kept in order; what lies between two kept ones was changed.
        int[][] kept = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                kept[i][j] = before.get(i).equals(after.get(j))
                        ? kept[i + 1][j + 1] + 1
                        : Math.max(kept[i + 1][j], kept[i][j + 1]);
            }
        }
        List<Message> changes = new ArrayList<>();
        List<Written> gone = new ArrayList<>();
        List<Written> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                describe(gone, added, changes);
                i++;
                j++;
            } else if (j == after.size() || (i < before.size() && kept[i + 1][j] >= kept[i][j + 1])) {
                gone.add(before.get(i++));
            } else {
                added.add(after.get(j++));
            }
        }
        describe(gone, added, changes);
        return changes;
    }

    private static List<Written> numbers(String text) {
        return NumeralParser.find(NormalisedText.fold(text)).stream()
                .map(Written::of)
                .toList();
    }

    /** Pairs the numbers that went with those that came in their place, in order; the rest stand alone. */
    private static void describe(List<Written> gone, List<Written> added, List<Message> changes) {
        int pairs = Math.min(gone.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            Written was = gone.get(k);
            Written now = added.get(k);
            boolean onlySign = was.number().equals(now.number())
                    && !was.cue().isEmpty()
                    && !now.cue().isEmpty();
            changes.add(
                    onlySign
                            ? Message.of("diagnostic.quote.number-changed", was.cue(), now.cue())
                            : Message.of("diagnostic.quote.number-changed", was, now));
        }
        for (Written was : gone.subList(pairs, gone.size())) {
            changes.add(Message.of("diagnostic.quote.number-gone", was));
        }
        for (Written now : added.subList(pairs, added.size())) {
            changes.add(Message.of("diagnostic.quote.number-new", now));
        }
        gone.clear();
        added.clear();
    }
}
