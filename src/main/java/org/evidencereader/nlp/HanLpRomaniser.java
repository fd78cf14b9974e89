package org.evidencereader.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.Locale;

/** HanLP's pinyin dictionary (in the portable jar), read-only and thread-safe once loaded. */
public final class HanLpRomaniser implements Romaniser {

    @Override
    public String pinyin(String word) {
        StringBuilder out = new StringBuilder();
        for (Pinyin syllable : HanLP.convertToPinyinList(word)) {
            if (syllable != Pinyin.none5) {
                // HanLP writes ü as v (lv), which is what an id can hold
                out.append(syllable.getPinyinWithoutTone().toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
