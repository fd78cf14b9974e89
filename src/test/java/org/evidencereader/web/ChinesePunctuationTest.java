package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Chinese interface text uses full-width punctuation (：，；（）！？): a half-width mark beside a Chinese
 * character, with or without a placeholder or a space between, is a typo a reader sees.
 */
class ChinesePunctuationTest {

    /** A half-width mark with a CJK character (or a placeholder such as {0}) next to it on either side. */
    private static final Pattern HALF_WIDTH_BESIDE_CJK =
            Pattern.compile("\\p{IsHan}\\s?[:;,()!?]|[:;,()!?]\\s?\\p{IsHan}|\\p{IsHan}\\s?\\(\\s?\\{");
    /** In a Chinese sentence, a mark glued to a placeholder ({0}:{1}) is read as Chinese too. */
    private static final Pattern HALF_WIDTH_BESIDE_PLACEHOLDER = Pattern.compile("\\}[:;,]|[:;,]\\{");
    /** Chinese characters or Chinese punctuation (。、“”). */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”]");
    /** A message that is only punctuation (a separator the page puts between words). */
    private static final Pattern ONLY_HALF_WIDTH = Pattern.compile("\\s*[:;,()!?]+\\s*");

    static List<String> halfWidthInChinese(Properties bundle) {
        List<String> found = new ArrayList<>();
        for (String key : bundle.stringPropertyNames().stream().sorted().toList()) {
            String value = bundle.getProperty(key);
            Matcher matcher = HALF_WIDTH_BESIDE_CJK.matcher(value);
            Matcher glued = HALF_WIDTH_BESIDE_PLACEHOLDER.matcher(value);
            if (matcher.find()) {
                found.add(key + " → …" + matcher.group() + "…");
            } else if (CHINESE.matcher(value).find() && glued.find()) {
                found.add(key + " → …" + glued.group() + "…");
            } else if (ONLY_HALF_WIDTH.matcher(value).matches()) {
                found.add(key + " → " + value);
            }
        }
        return found;
    }

    @Test
    void chineseMessagesUseFullWidthPunctuation() throws IOException {
        Properties chinese = new Properties();
        try (InputStream in = ChinesePunctuationTest.class.getResourceAsStream("/messages.properties")) {
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(halfWidthInChinese(chinese))
                .as("half-width punctuation beside Chinese text")
                .isEmpty();
    }

    @Test
    void theScanFindsEachHalfWidthMarkAndLeavesFullWidthAlone() {
        Properties sample = new Properties();
        sample.setProperty("a", "提示:点击");
        sample.setProperty("b", "(负数)");
        sample.setProperty("c", "{0}:区间");
        sample.setProperty("d", "共 {0} 个;下一句");
        sample.setProperty("e", "提示：点击（负数），下一句；例如 {\"overrides\": {\"h100-power\": \"350 W\"}}");
        sample.setProperty("f", "Plain English: (fine), yes; no {0}: {1}");
        sample.setProperty("g", "{0}:{1}与{2}");
        sample.setProperty("h", ":");
        sample.setProperty("i", "、");
        sample.setProperty("j", "{0}:{1}。");
        assertThat(halfWidthInChinese(sample)).hasSize(7).allMatch(line -> line.matches("[abcdghj] → .*"));
    }
}
