package org.evidencereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.evidencereader.EvidenceReaderApplication;
import org.junit.jupiter.api.Test;

/** The jar's arguments: a sub-command, the server with Spring options, or the usage and status 2. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        return new CommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        EvidenceReaderApplication.class)
                .run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsOrOnlySpringOptionsStartTheServer() {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=0", "--reader.articles-dir=articles", "--reader.watch=false", "--debug"))
                .isEmpty();
        assertThat(run("--reader.claims-dir=/a b/c")).isEmpty();
        assertThat(err()).isEmpty();
    }

    @Test
    void anUnknownSubcommandPrintsTheUsageAndExitsWithTwo() {
        for (String[] args : new String[][] {
            {"drat", "x"},
            {"validat"},
            {"Validate"},
            {"exprot", "--out=x"},
            {"serve"},
            {"--server.port=0", "stray"},
            {"-x"},
            {"--"},
            {"--=x"}
        }) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).hasValue(2);
            assertThat(err())
                    .as(String.join(" ", args))
                    .contains("unknown")
                    .contains("usage: java -jar evidence-reader.jar")
                    .contains("validate")
                    .contains("export --out=DIR")
                    .contains("draft <slug>");
        }
    }

    @Test
    void draftIsASubcommand() {
        assertThat(run("draft", "no-such-article")).hasValue(2);
        assertThat(err())
                .contains("draft: there is no article 'no-such-article'")
                .doesNotContain("evidence-reader: unknown");
        err.reset();
        assertThat(run("draft", "--ids=klingon")).hasValue(2);
        assertThat(err()).contains("draft: --ids takes 'pinyin' or 'english'");
    }

    @Test
    void anUnknownOptionOfASubcommandIsAUsageMistake() {
        assertThat(run("validate", "--verbose")).hasValue(2);
        assertThat(err()).contains("validate: unknown option '--verbose'");
        err.reset();
        assertThat(run("export", "--out=x", "--outt=y")).hasValue(2);
        assertThat(err()).contains("export: unknown option '--outt=y'");
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
