package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** Every problem the claim reader and the registry find reads in Chinese as well as in English. */
class ClaimDiagnosticsInChineseTest {

    private static final String FILE = "claims/demo/power.yaml";

    private static List<Diagnostic> read(String yaml) {
        ClaimFileReader.Result result = new ClaimFileReader().read(FILE, yaml);
        List<Diagnostic> all = new java.util.ArrayList<>(result.diagnostics());
        all.addAll(Registry.resolve(List.of(result.claims())).diagnostics());
        return all;
    }

    @Test
    void aBadClaimFileIsExplainedInChinese() {
        List<Diagnostic> problems = read("""
                sources:
                  sheet:
                    publisher: NVIDIA
                    url: example.org
                figures:
                  gpus:
                    label: {zh: 数量, en: GPUs}
                    value: 72万 GPU
                    source: sheeet
                  power:
                    lable: 功耗
                    value: 700 W
                    derive: gpus * 700 W
                  total:
                    label: 总功耗
                    derive: gpus * watts
                    unit: kW
                    sources: [nowhere]
                not-claims:
                  - quote: 第二
                """);
        assertThat(problems).isNotEmpty();
        assertThat(problems)
                .extracting(d -> d.in(Locale.CHINESE))
                .contains(
                        FILE + ":2:3: error: “sheet”没有“title”：请加上来源的标题",
                        FILE + ":4:10: error: “url”的值“example.org”不是网址：请写完整的地址，以 https:// 开头（空格要写成 %20）",
                        FILE + ":11:5: error: 数字中有未知的键“lable”；是不是想写“label”？（已知的键：derive, label, note, prefix,"
                                + " quote, source, sources, stated, suffix, unit, value, verdict, when）",
                        FILE + ":10:3: error: 数字“power”同时有“value”和“derive”：value、derive、when 只能保留一个",
                        FILE + ":20:5: error: 不核对项“第二”没有“reason”：请用几个字说明为什么这个数字不需要核对",
                        FILE + ":16:20: error: 算式“gpus * watts”中有未知的数字“watts”")
                .allMatch(line -> !line.contains("must") && !line.contains("unknown"));
        assertThat(problems)
                .extracting(Diagnostic::toString)
                .contains(FILE + ":2:3: error: 'sheet' has no 'title': add the source's title");
    }

    @Test
    void yamlSyntaxAndLimitsAreExplainedInChinese() {
        assertThat(read("figures:\n  power:\n    label: 功耗\n    value: [700 W\n"))
                .extracting(d -> d.message(Locale.CHINESE))
                .anyMatch(m -> m.startsWith("不是有效的 YAML，因此这个文件的内容都没有读入：在“[”"));
        assertThat(read("figures:\n  power：\n    label: 功耗\n"))
                .extracting(d -> d.message(Locale.CHINESE))
                .anyMatch(m -> m.contains("“power”后面是全角冒号"));
        assertThat(read("sources:\n  s: &s {title: T}\n  t: *s\n"))
                .extracting(d -> d.message(Locale.CHINESE))
                .containsExactly("标注文件中不允许使用 YAML 锚点和别名（“&name”“*name”）：请把值完整写出来");
    }
}
