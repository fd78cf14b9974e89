package org.evidencereader.claim;

import java.util.List;

/**
 * What one claim file defines.
 *
 * @param rejected        figures the file defines but that could not be read (their errors are reported)
 * @param notClaims       numbers in the article that are not figures to check, in the order written
 * @param rejectedSources sources the file defines but that could not be read (their errors are reported)
 * @param readable        false when the file could not be read at all (not valid YAML, not a mapping …):
 *                        whatever it defines is unknown, so other files' references to it are not mistyped ids
 * @param statements      the claims that are not numbers ({@link StatementReader}), in the order written
 */
public record ClaimFile(
        String file,
        List<SourceDef> sources,
        List<FigureDef> figures,
        List<LeftOut> rejected,
        List<NotClaim> notClaims,
        List<LeftOut> rejectedSources,
        boolean readable,
        List<StatementDef> statements) {

    public ClaimFile {
        statements = List.copyOf(statements);
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
        rejected = List.copyOf(rejected);
        notClaims = List.copyOf(notClaims);
        rejectedSources = List.copyOf(rejectedSources);
    }
}
