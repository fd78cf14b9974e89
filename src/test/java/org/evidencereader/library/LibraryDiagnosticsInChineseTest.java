package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's own problems (files, folders, limits) read in Chinese as well as in English. */
class LibraryDiagnosticsInChineseTest {

    @Test
    void filesAndFoldersAtFaultAreExplainedInChinese(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/demo"));
        Files.createDirectories(dir.resolve("claims/dmeo"));
        Files.writeString(dir.resolve("articles/demo.md"), "---\ntitle: 演示\n---\n\n每片GPU的功耗为700W。\n");
        Files.writeString(dir.resolve("claims/demo/power.yml"), "figures:\n");
        Files.write(dir.resolve("claims/demo/bad.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'});
        Files.writeString(
                dir.resolve("claims/demo/power.yaml"),
                "figures:\n  power:\n    label: 功耗\n    quote: 功耗为700W\n    value: 700 W\n    when: 2024\n");

        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load();

        assertThat(snapshot.diagnostics()).isNotEmpty();
        assertThat(snapshot.diagnostics())
                .extracting(d -> d.in(Locale.CHINESE))
                .contains(
                        "claims/dmeo:0:0: warning: 这些标注所属的文章不存在：请添加 articles/dmeo.md，或给文件夹改名；是不是想写“demo”？",
                        "claims/demo/power.yml:0:0: warning: 这个文件不会被读取：标注文件以“.yaml”结尾，请把它改名为 power.yaml",
                        "claims/demo/bad.yaml:1:4: error: 文件不是有效的 UTF-8（这里的字节是 0xC3）：请存为 UTF-8",
                        "claims/demo/power.yaml:2:3: error: 数字“power”同时有“value”和“when”：value、derive、when 只能保留一个");
        assertThat(snapshot.diagnostics())
                .extracting(Diagnostic::toString)
                .contains("claims/dmeo:0:0: warning: claims for an article that does not exist: add articles/dmeo.md"
                        + " or rename the folder; did you mean 'demo'?");
    }
}
