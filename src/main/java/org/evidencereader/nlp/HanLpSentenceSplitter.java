package org.evidencereader.nlp;

import com.hankcs.hanlp.utility.SentencesUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's sentence splitter. The one-argument {@code toSentenceList} also splits at commas, so the
 * two-argument form with {@code shortest = false} is used: sentences end at 。！？ and line ends.
 * HanLP returns the sentences as strings; their offsets are recovered by searching forward.
 */
public final class HanLpSentenceSplitter implements SentenceSplitter {

    @Override
    public List<TextSpan> split(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int cursor = 0;
        for (String sentence : SentencesUtil.toSentenceList(text, false)) {
            String trimmed = sentence.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int start = text.indexOf(trimmed, cursor);
            if (start < 0) {
                // HanLP normalised something we cannot find again: keep the rest as one sentence.
                break;
            }
            int end = start + trimmed.length();
            // Keep the sentence-ending punctuation HanLP drops (it returns sentences without it).
            while (end < text.length() && isTerminator(text.charAt(end))) {
                end++;
            }
            spans.add(new TextSpan(start, end));
            cursor = end;
        }
        String rest = text.substring(cursor).strip();
        if (!rest.isEmpty()) {
            int start = text.indexOf(rest, cursor);
            spans.add(new TextSpan(start, start + rest.length()));
        }
        return List.copyOf(spans);
    }

    private static boolean isTerminator(char c) {
        return "。！？!?；;…”」』）)".indexOf(c) >= 0;
    }
}
