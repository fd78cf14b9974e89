package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.figure.MentionKind;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped article's evidence as the API publishes it: what a fact-checker would sign. */
@WebMvcTest(ApiController.class)
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class ShippedEvidenceApiTest {

    @Autowired
    MockMvc mvc;

    private JsonNode article() throws Exception {
        String json = mvc.perform(get("/api/articles/baidu-sora"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void everyVerdictCitesOnlySourcesWithAnAddressAndTheH100CountIsUnverifiableWithoutOne() throws Exception {
        mvc.perform(get("/api/articles/baidu-sora"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.id == 'openai-h100-count')].verdict", hasItem("unverifiable")))
                .andExpect(jsonPath("$.figures[?(@.id == 'openai-h100-count')].sources[*]", empty()))
                // with no source there is nothing to check the article's number against: not "matches"
                .andExpect(jsonPath("$.figures[?(@.id == 'openai-h100-count')].check", hasItem("unchecked")))
                // Factorial wrote 4,200-10,500; the article 4,211-10,528: the check says the article is the more
                // precise
                .andExpect(jsonPath("$.figures[?(@.id == 'training-gpus')].check", hasItem("source-precision")))
                .andExpect(jsonPath(
                        "$.figures[?(@.id == 'training-gpus')].noteEn",
                        hasItem(org.hamcrest.Matchers.startsWith("Factorial Funds estimated"))));
        // A source without a "url" key has no url to select, so each one is looked at rather than their urls
        List<String> unlinked = new ArrayList<>();
        for (JsonNode figure : article().get("figures")) {
            if (figure.path("verdict").isString()) {
                for (JsonNode source : figure.get("sources")) {
                    if (!source.path("url").asString("").startsWith("http")) {
                        unlinked.add(figure.get("id").asString() + " cites "
                                + source.get("id").asString());
                    }
                }
            }
        }
        assertThat(unlinked)
                .as("figures with a verdict citing a source readers cannot follow")
                .isEmpty();
    }

    /**
     * A sourced figure's value is a number its sources' own words ({@code says}) give, read with the
     * reader's numeral parser; where it is not, the automatic check must not call the article's number
     * a plain match, so that the card shows the two side by side. English number words in a quotation
     * (three seconds, a four-second video) are spelt as digits first, since the parser reads Chinese and
     * Arabic numerals only.
     */
    @Test
    void everySourcedValueIsWhatItsSourcesSayOrTheCheckShowsTheDifference() throws Exception {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (JsonNode figure : article().get("figures")) {
            JsonNode value = figure.path("value");
            if (!value.isObject()
                    || figure.path("formula").isString()
                    || figure.path("verdict").asString("").equals("unverifiable")) {
                continue; // computed, a date, or the finding that no source exists
            }
            String id = figure.get("id").asString();
            Quantity quantity = Quantity.parse(number(value.get("low")) + ".." + number(value.get("high")) + " "
                    + value.get("unit").asString());
            List<NumericMention> said = new ArrayList<>();
            StringBuilder says = new StringBuilder();
            for (JsonNode source : figure.get("sources")) {
                String text = source.path("says").asString("");
                if (text.isBlank()) {
                    problems.add(id + " cites " + source.get("id").asString() + " without its words (says)");
                }
                says.append(text).append(" | ");
                said.addAll(NumeralParser.find(digits(text)));
            }
            compared++;
            Unit shown = shownUnit(figure.path("si").asString(""), quantity.unit());
            boolean given = gives(said, quantity.low(), quantity.unit(), shown)
                    && gives(said, quantity.high(), quantity.unit(), shown);
            String check = figure.path("check").asString("unchecked");
            if (!given && (check.equals("consistent") || !figure.path("verdict").isString())) {
                problems.add(id + " = " + quantity + " (check " + check + "), but its sources say: " + says);
            }
        }
        assertThat(compared).as("sourced figures compared").isGreaterThanOrEqualTo(12);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static String number(JsonNode n) {
        return java.math.BigDecimal.valueOf(n.asDouble()).stripTrailingZeros().toPlainString();
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"));
    private static final Pattern WORD =
            Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten)\\b-?", Pattern.CASE_INSENSITIVE);

    /** "a four-second video" → "a 4 second video": the number words of an English quotation as digits. */
    static String digits(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, WORDS.get(m.group(1).toLowerCase(Locale.ROOT)) + " ");
        }
        return m.appendTail(out).toString();
    }

    /**
     * Whether a number said in the source is {@code v} (in {@code unit}): converted when it has a unit
     * that converts, otherwise as a bare number in the figure's unit or in its base unit (60 for 1 min).
     */
    private static boolean gives(List<NumericMention> said, double v, Unit unit, Unit shown) {
        for (NumericMention m : said) {
            if (m.kind() == MentionKind.TIME_POINT) {
                continue;
            }
            Quantity q = m.quantity().orElseThrow();
            List<Double> candidates = new ArrayList<>();
            if (!q.unit().equals(Unit.ONE) && q.unit().isCompatible(unit)) {
                Quantity in = q.to(unit);
                candidates.add(in.low());
                candidates.add(in.high());
            } else if (q.unit().equals(Unit.ONE)) {
                candidates.add(q.low());
                candidates.add(q.high());
                double asShown = Quantity.of(v, unit).to(shown).low();
                if (close(q.low(), asShown) || close(q.high(), asShown)) {
                    return true;
                }
            }
            if (candidates.stream().anyMatch(x -> close(x, v))) {
                return true;
            }
        }
        return false;
    }

    /** The unit the API's SI text shows the value in ("1 month", "10–20 years", "5 s"), else the value's own. */
    private static Unit shownUnit(String si, Unit fallback) {
        String word = si.replaceAll("^[-0-9.,–\\s]+", "").trim();
        for (String candidate : List.of(word, word.replaceAll("s$", ""))) {
            try {
                Unit unit = Unit.parse(candidate);
                if (unit.isCompatible(fallback)) {
                    return unit;
                }
            } catch (RuntimeException notAUnit) {
                // the next spelling, or the value's own unit
            }
        }
        return fallback;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }
}
