package org.evidencereader.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencereader.figure.MentionKind;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.Unit;
import org.evidencereader.nlp.Romaniser;
import org.evidencereader.nlp.Token;

/**
 * A label and an id for a number from the words around it: the run of nouns that names what the
 * number measures (the words before it, or for a count the words after it, within its clause).
 * Suggestions for an editor to correct, so simple rules that are right most of the time.
 */
final class Naming {

    /** Clause boundaries: the label never reaches past one. */
    private static final String CLAUSE_ENDS = "，,。；;：:！!？?、（）()“”\"「」《》\n";

    private static final int MAX_LABEL = 14;
    private static final int MAX_ID_WORDS = 3;
    /** How many words after a count may name what it counts. */
    private static final int COUNTED_WORDS = 8;

    /**
     * English words for Chinese words common in reporting on technology and business; a word not
     * here is left out of an English id, and the kind of quantity stands in when nothing is left.
     */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("功耗", "power"),
            Map.entry("功率", "power"),
            Map.entry("总功耗", "total-power"),
            Map.entry("电力", "power"),
            Map.entry("耗电", "consumption"),
            Map.entry("电量", "electricity"),
            Map.entry("发电量", "generation"),
            Map.entry("装机容量", "capacity"),
            Map.entry("容量", "capacity"),
            Map.entry("总装机容量", "total-capacity"),
            Map.entry("核电站", "nuclear-plant"),
            Map.entry("核电", "nuclear"),
            Map.entry("成本", "cost"),
            Map.entry("价格", "price"),
            Map.entry("收费", "price"),
            Map.entry("费用", "cost"),
            Map.entry("售价", "price"),
            Map.entry("收入", "revenue"),
            Map.entry("营收", "revenue"),
            Map.entry("利润", "profit"),
            Map.entry("投资", "investment"),
            Map.entry("融资", "funding"),
            Map.entry("估值", "valuation"),
            Map.entry("市值", "market-value"),
            Map.entry("销量", "sales"),
            Map.entry("销售额", "sales"),
            Map.entry("用户", "users"),
            Map.entry("用户数", "users"),
            Map.entry("访问量", "visits"),
            Map.entry("总访问量", "visits"),
            Map.entry("下载量", "downloads"),
            Map.entry("人数", "people"),
            Map.entry("员工", "staff"),
            Map.entry("训练", "training"),
            Map.entry("推理", "inference"),
            Map.entry("算力", "compute"),
            Map.entry("参数", "parameters"),
            Map.entry("模型", "model"),
            Map.entry("视频", "video"),
            Map.entry("时长", "length"),
            Map.entry("周期", "period"),
            Map.entry("时间", "time"),
            Map.entry("速度", "speed"),
            Map.entry("增长", "growth"),
            Map.entry("增速", "growth"),
            Map.entry("下跌", "fall"),
            Map.entry("份额", "share"),
            Map.entry("占比", "share"),
            Map.entry("比例", "share"),
            Map.entry("市场", "market"),
            Map.entry("规模", "size"),
            Map.entry("数量", "count"),
            Map.entry("芯片", "chips"),
            Map.entry("显卡", "gpus"),
            Map.entry("服务器", "servers"),
            Map.entry("数据中心", "data-centre"),
            Map.entry("电池", "battery"),
            Map.entry("续航", "range"),
            Map.entry("里程", "distance"),
            Map.entry("距离", "distance"),
            Map.entry("重量", "weight"),
            Map.entry("面积", "area"),
            Map.entry("人口", "population"),
            Map.entry("温度", "temperature"),
            Map.entry("产量", "output"),
            Map.entry("出口", "exports"),
            Map.entry("进口", "imports"),
            Map.entry("预算", "budget"),
            Map.entry("工资", "wage"),
            Map.entry("票房", "box-office"),
            Map.entry("片段", "clip"),
            Map.entry("短剧", "series"),
            Map.entry("平均", "average"),
            Map.entry("总", "total"),
            Map.entry("每月", "monthly"),
            Map.entry("年度", "annual"),
            Map.entry("投入", "investment"),
            Map.entry("收益", "return"),
            Map.entry("分镜头", "shots"),
            Map.entry("电费", "power-bill"));

    private static final Set<String> NOUN_TAGS_EXACT = Set.of("vn", "b", "an", "j", "ude1");

    private final Romaniser romaniser;

    Naming(Romaniser romaniser) {
        this.romaniser = romaniser;
    }

    /** The words that name a number: what the label says and what the id is made from. */
    record Name(String text, List<Token> words, String suffix) {
        String label(String fallback) {
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                Token word = words.get(i);
                String gap =
                        i == 0 ? "" : text.substring(Math.min(words.get(i - 1).end(), word.start()), word.start());
                label.append(!gap.isEmpty() && gap.isBlank() ? " " : "")
                        .append(word.text().strip());
            }
            String words = label.toString().strip();
            return words.isEmpty() ? fallback : words + suffix;
        }
    }

    /**
     * What names {@code mention} among the sentence's {@code tokens} (offsets in the same text as the
     * mention's): the nouns right before it in its clause, or after it for a count.
     */
    Name name(String text, List<Token> tokens, NumericMention mention) {
        List<Token> before = new ArrayList<>();
        List<Token> after = new ArrayList<>();
        for (Token t : tokens) {
            if (t.end() <= mention.start() - mention.cue().length()) {
                before.add(t);
            } else if (t.start() >= mention.end()) {
                after.add(t);
            }
        }
        List<Token> wholeBefore = new ArrayList<>(before);
        clause(before, true);
        clause(after, false);
        boolean count = mention.unit().isEmpty() && mention.kind() == MentionKind.QUANTITY;
        String suffix = suffix(mention, count);
        Optional<Token> verb = dropTrailingNonNouns(before);
        List<Token> beforeRun = run(before, true);
        // 72万片英伟达H100 names what is counted; 72万片的总功耗 names something else
        boolean namesItself = !after.isEmpty() && (!count || !after.get(0).tag().equals("ude1"));
        List<Token> afterRun = namesItself ? run(after, false) : List.of();
        boolean afterFirst = count || mention.kind() == MentionKind.TIME_POINT;
        if ((afterFirst && !afterRun.isEmpty()) || (beforeRun.isEmpty() && !afterRun.isEmpty())) {
            return new Name(text, afterRun, suffix);
        }
        if (beforeRun.isEmpty()) {
            // 投入周期太长，10年: the clause holds only the number, so the one before names it
            dropTrailingNonNouns(wholeBefore);
            return new Name(text, run(wholeBefore, true), suffix);
        }
        List<Token> words = new ArrayList<>(beforeRun);
        // GPU训练了1个月: a duration is how long something was done
        boolean duration = suffix.equals("时长");
        verb.filter(v -> duration).ifPresent(words::add);
        return new Name(text, words, count || duration ? suffix : "");
    }

    /** Drops the words between the nouns and the number (为, 就将达到), returning the last verb dropped. */
    private static Optional<Token> dropTrailingNonNouns(List<Token> before) {
        Optional<Token> verb = Optional.empty();
        while (!before.isEmpty()
                && (!isNominal(before, before.size() - 1)
                        || before.get(before.size() - 1).tag().equals("ude1"))) {
            Token dropped = before.remove(before.size() - 1);
            if (verb.isEmpty() && dropped.tag().startsWith("v") && dropped.length() > 1) {
                verb = Optional.of(dropped);
            }
        }
        return verb;
    }

    /**
     * What a count counts, when the article names it in Latin letters right after the classifier
     * (4211至10528片英伟达H100 GPU → GPU): a counted noun that formulas can use. Empty otherwise.
     */
    Optional<String> countedNoun(List<Token> tokens, NumericMention mention) {
        if (mention.unit().isPresent() || mention.unitText().isEmpty()) {
            return Optional.empty();
        }
        List<Token> after = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= mention.end()) {
                after.add(t);
            }
        }
        clause(after, false);
        if (after.isEmpty() || after.get(0).tag().equals("ude1")) {
            return Optional.empty();
        }
        // the words that name what is counted, up to the next verb or preposition (英伟达H100 GPU训练了…)
        Optional<String> noun = Optional.empty();
        for (int i = 0; i < Math.min(after.size(), COUNTED_WORDS); i++) {
            Token t = after.get(i);
            // a verb of one character is more often a piece of a name HanLP cut (英/伟/达)
            if ((t.tag().startsWith("v") && t.length() > 1)
                    || t.tag().startsWith("p")
                    || t.tag().equals("ude1")) {
                break;
            }
            if (t.tag().equals("nx")
                    && t.text().matches("[A-Z][A-Za-z]{1,11}")
                    && Unit.likelyMeant(t.text()).isEmpty()) {
                noun = Optional.of(t.text());
            }
        }
        return noun;
    }

    /** What the label adds when the words name the thing rather than the quantity (GPU → GPU数量). */
    private static String suffix(NumericMention mention, boolean count) {
        if (mention.kind() == MentionKind.TIME_POINT) {
            return "时间";
        }
        if (count) {
            return "数量";
        }
        String unit = mention.unit().map(Unit::canonical).map(Unit::symbol).orElse("");
        return unit.equals("s") ? "时长" : "";
    }

    /** Keeps only the clause next to the number: from the last boundary before it, or to the first after it. */
    private static void clause(List<Token> tokens, boolean before) {
        if (before) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (isBoundary(tokens.get(i))) {
                    tokens.subList(0, i + 1).clear();
                    return;
                }
            }
        } else {
            for (int i = 0; i < tokens.size(); i++) {
                if (isBoundary(tokens.get(i))) {
                    tokens.subList(i, tokens.size()).clear();
                    return;
                }
            }
        }
    }

    private static boolean isBoundary(Token t) {
        return t.text().chars().anyMatch(c -> CLAUSE_ENDS.indexOf(c) >= 0);
    }

    /** The nouns next to the number: the last run of {@code tokens} (before) or the first (after). */
    private static List<Token> run(List<Token> tokens, boolean before) {
        List<Token> run = new ArrayList<>();
        int chars = 0;
        if (before) {
            for (int i = tokens.size() - 1; i >= 0 && isNominal(tokens, i); i--) {
                chars += tokens.get(i).length();
                if (chars > MAX_LABEL && !run.isEmpty()) {
                    break;
                }
                run.add(0, tokens.get(i));
            }
        } else {
            for (int i = 0; i < tokens.size() && isNominal(tokens, i); i++) {
                chars += tokens.get(i).length();
                if (chars > MAX_LABEL && !run.isEmpty()) {
                    break;
                }
                run.add(tokens.get(i));
            }
        }
        // 的 joins two nouns; at either end it joins nothing
        while (!run.isEmpty() && run.get(0).tag().equals("ude1")) {
            run.remove(0);
        }
        while (!run.isEmpty() && run.get(run.size() - 1).tag().equals("ude1")) {
            run.remove(run.size() - 1);
        }
        return run;
    }

    /** A noun, a Latin word (H, GPU), the digits of a model name glued to one (100 of H100), or 的. */
    private static boolean isNominal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String tag = t.tag();
        boolean afterLatin = i > 0 && tokens.get(i - 1).tag().equals("nx");
        boolean afterDigits = i > 0
                && tokens.get(i - 1).text().matches("[0-9.,]+")
                && tokens.get(i - 1).end() == t.start();
        if (tag.equals("m")) {
            return afterLatin && tokens.get(i - 1).end() == t.start();
        }
        if (t.text().isBlank()) {
            // H100 GPU: a space inside a run of Latin names
            boolean latinNext = i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("nx");
            return (afterLatin
                            || (i > 1
                                    && tokens.get(i - 1).tag().equals("m")
                                    && tokens.get(i - 2).tag().equals("nx")))
                    && latinNext;
        }
        if (tag.equals("nx") && afterDigits) {
            return false; // 5s: the unit of another number
        }
        return tag.startsWith("n") || tag.startsWith("g") || NOUN_TAGS_EXACT.contains(tag);
    }

    /** An id from the name's words in the chosen style, or from the kind of quantity when they give none. */
    String id(Name name, NumericMention mention, IdStyle style) {
        List<String> parts = new ArrayList<>();
        List<Token> words = name.words();
        for (Token word : words) {
            if (word.tag().equals("ude1") || word.text().isBlank()) {
                continue;
            }
            String part = switch (style) {
                case PINYIN -> latin(word.text()).isEmpty() ? romaniser.pinyin(word.text()) : latin(word.text());
                case ENGLISH -> ENGLISH.getOrDefault(word.text(), latin(word.text()));
            };
            // H and 100 of H100 are one word in an id
            boolean glued = !parts.isEmpty() && word.tag().equals("m");
            if (!part.isEmpty()) {
                if (glued) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + part);
                } else {
                    parts.add(part);
                }
            }
        }
        List<String> kept =
                parts.size() > MAX_ID_WORDS ? parts.subList(parts.size() - MAX_ID_WORDS, parts.size()) : parts;
        String id = String.join("-", kept)
                .replaceAll("[^a-z0-9-]", "")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-0-9]+|-+$", "");
        return id.isEmpty() ? kind(mention, style) : id;
    }

    /** Lower-case letters and digits of a Latin word (GPU → gpu), empty for a Chinese one. */
    private static String latin(String word) {
        return word.chars().allMatch(c -> c < 128)
                ? word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                : "";
    }

    private static String kind(NumericMention mention, IdStyle style) {
        boolean english = style == IdStyle.ENGLISH;
        if (mention.kind() == MentionKind.TIME_POINT) {
            return english ? "date" : "shijian";
        }
        if (mention.kind() == MentionKind.PERCENT) {
            return english ? "share" : "bili";
        }
        String unit = mention.unit().map(Unit::canonical).map(Unit::symbol).orElse("");
        return switch (unit) {
            case "W" -> english ? "power" : "gonglv";
            case "J" -> english ? "energy" : "nengliang";
            case "s" -> english ? "duration" : "shichang";
            case "CNY", "USD" -> english ? "amount" : "jine";
            case "" -> english ? "count" : "shuliang";
            default -> english ? "figure" : "shuzi";
        };
    }
}
