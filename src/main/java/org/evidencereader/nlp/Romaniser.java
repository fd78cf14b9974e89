package org.evidencereader.nlp;

/** Chinese words written in Latin letters, for ids an editor can type. */
public interface Romaniser {

    /**
     * The pinyin of {@code word} without tones, syllables run together and in lower case
     * ({@code 功耗} → {@code gonghao}, {@code 绿} → {@code lv}); a character without pinyin is left out.
     */
    String pinyin(String word);
}
