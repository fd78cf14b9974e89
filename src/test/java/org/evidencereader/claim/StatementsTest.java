package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** Statements resolved across an article's claim files: unique ids, sources that exist and can be followed. */
class StatementsTest {

    private static final String SOURCES = """
            sources:
              zhidx:
                title: 类Sora大模型入秋
                url: https://example.org/zhidx
              notes:
                title: working notes
            """;

    private static Registry resolve(String... fileAndYaml) {
        ClaimFileReader reader = new ClaimFileReader();
        List<ClaimFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < fileAndYaml.length; i += 2) {
            files.add(reader.read(fileAndYaml[i], fileAndYaml[i + 1]).claims());
        }
        return Registry.resolve(files);
    }

    private static String statement(String id, String verdict, String... sources) {
        return "statements:\n  " + id + ":\n    quote: q\n    claim: c\n    verdict: " + verdict + "\n    note: n\n"
                + (sources.length == 0 ? "" : "    sources: " + Arrays.toString(sources) + "\n");
    }

    private static List<String> messages(Registry registry) {
        return registry.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aStatementCitingASourceInAnotherFileIsUsable() {
        Registry registry = resolve("c/sources.yaml", SOURCES, "c/said.yaml", statement("s", "supported", "zhidx"));
        assertThat(registry.diagnostics()).isEmpty();
        assertThat(registry.statements()).extracting(StatementDef::id).containsExactly("s");
    }

    @Test
    void anUnknownSourceIsAnErrorWithDidYouMeanAndTheStatementIsLeftOut() {
        Registry registry = resolve("c/sources.yaml", SOURCES, "c/said.yaml", statement("s", "supported", "zhdx"));
        assertThat(messages(registry))
                .containsExactly("c/said.yaml:7:15: error: unknown source 'zhdx'; did you mean 'zhidx'? cited by"
                        + " statement 's' (define it under 'sources:' in any claim file of this article)");
        assertThat(registry.statements()).isEmpty();
    }

    @Test
    void aSourceWithAnErrorOfItsOwnCannotBeCited() {
        Registry registry = resolve(
                "c/sources.yaml",
                "sources:\n  bad:\n    title: t\n    url: www.example.org\n",
                "c/said.yaml",
                statement("s", "supported", "bad"));
        assertThat(messages(registry))
                .contains("c/said.yaml:7:15: error: source 'bad' has an error of its own, so statement 's' cannot"
                        + " cite it until it is fixed");
        assertThat(registry.statements()).isEmpty();
        // it is a follow-on of the source's own error (reported by the reader), listed under it, as a figure's is
        assertThat(registry.diagnostics())
                .filteredOn(d -> d.file().equals("c/said.yaml"))
                .singleElement()
                .satisfies(d -> assertThat(d.causedBy()).isPresent())
                .satisfies(d -> assertThat(d.causedBy().get().file()).isEqualTo("c/sources.yaml"));
    }

    @Test
    void aJudgementNeedsASourceWithAnAddressExceptUnverifiable() {
        assertThat(messages(resolve("c/said.yaml", statement("s", "false"))))
                .containsExactly("c/said.yaml:2:3: error: statement 's' has the verdict 'false' but cites no source"
                        + " with a 'url': cite the source the verdict rests on, with its address (only 'unverifiable'"
                        + " may stand without one)");
        assertThat(messages(resolve("c/sources.yaml", SOURCES, "c/said.yaml", statement("s", "supported", "notes"))))
                .containsExactly(
                        "c/said.yaml:7:15: warning: statement 's' cites source 'notes' which has no 'url': add the"
                                + " address where readers can read it, or cite another source",
                        "c/said.yaml:2:3: error: statement 's' has the verdict 'supported' but cites no source with"
                                + " a 'url': cite the source the verdict rests on, with its address (only"
                                + " 'unverifiable' may stand without one)");
        assertThat(resolve("c/said.yaml", statement("s", "unverifiable")).diagnostics())
                .isEmpty();
    }

    @Test
    void aDuplicateIdIsReportedAtBothPlaces() {
        Registry registry =
                resolve("c/a.yaml", statement("s", "unverifiable"), "c/b.yaml", statement("s", "unverifiable"));
        assertThat(messages(registry))
                .containsExactly(
                        "c/b.yaml:2:3: error: duplicate statement id 's', already defined at c/a.yaml:2:3: rename one"
                                + " of them",
                        "c/a.yaml:2:3: error: duplicate statement id 's', defined again at c/b.yaml:2:3: rename one of"
                                + " them");
    }
}
