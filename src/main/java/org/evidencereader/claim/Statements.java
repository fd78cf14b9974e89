package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * The statements of all of an article's claim files, resolved against its sources: ids unique,
 * every cited source defined and readable, and a judgement that readers can follow to at least one
 * source's address. Only {@code unverifiable} (nothing was found) and a draft may stand without one.
 */
public final class Statements {

    private Statements() {}

    /** The usable statements in the order written; a statement citing an unknown or broken source is left out. */
    public static List<StatementDef> resolve(
            List<ClaimFile> files,
            Map<String, SourceDef> sources,
            Map<String, SourcePosition> brokenSources,
            List<Diagnostic> problems) {
        Map<String, StatementDef> declared = new LinkedHashMap<>();
        for (ClaimFile file : files) {
            for (StatementDef statement : file.statements()) {
                StatementDef earlier = declared.putIfAbsent(statement.id(), statement);
                if (earlier != null) {
                    problems.add(Diagnostic.error(
                            statement.at(),
                            Message.of("diagnostic.statement.duplicate.earlier", statement.id(), earlier.at())));
                    problems.add(Diagnostic.error(
                            earlier.at(),
                            Message.of("diagnostic.statement.duplicate.later", statement.id(), statement.at())));
                }
            }
        }
        List<StatementDef> usable = new ArrayList<>();
        for (StatementDef statement : declared.values()) {
            boolean ok = true;
            boolean followable = false;
            for (FigureDef.Reference ref : statement.sources()) {
                SourceDef source = sources.get(ref.id());
                if (source == null && brokenSources.containsKey(ref.id())) {
                    problems.add(Diagnostic.error(
                                    ref.at(),
                                    Message.of("diagnostic.statement.broken-source", ref.id(), statement.id()))
                            .followingFrom(brokenSources.get(ref.id())));
                    ok = false;
                } else if (source == null) {
                    problems.add(Diagnostic.error(
                            ref.at(),
                            Message.of(
                                    "diagnostic.statement.unknown-source",
                                    ref.id(),
                                    Suggestions.didYouMeanMessage(ref.id(), sources.keySet()),
                                    statement.id())));
                    ok = false;
                } else if (source.url() == null) {
                    problems.add(Diagnostic.warning(
                            ref.at(), Message.of("diagnostic.statement.source-without-url", statement.id(), ref.id())));
                } else {
                    followable = true;
                }
            }
            Verdict verdict = statement.verdict();
            if (ok && !followable && verdict.isJudgement() && verdict != Verdict.UNVERIFIABLE) {
                problems.add(Diagnostic.error(
                        statement.at(),
                        Message.of("diagnostic.statement.verdict-without-source", statement.id(), verdict.code())));
            }
            if (ok) {
                usable.add(statement);
            }
        }
        return List.copyOf(usable);
    }
}
