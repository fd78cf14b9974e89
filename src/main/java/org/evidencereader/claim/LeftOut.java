package org.evidencereader.claim;

import java.util.Optional;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * A figure or source left out for its errors: what depends on it reports a follow-on problem of
 * {@code cause}, and a number of the text its quote holds is not reported as unannotated on its own.
 *
 * @param cause where the first error that left it out is
 * @param quote the figure's quote, if it has one that could be read
 */
public record LeftOut(String id, Optional<String> quote, SourcePosition cause) {

    /** Where the first error added to {@code problems} since {@code before} is; {@code fallback} when none is. */
    static SourcePosition firstError(
            java.util.List<org.evidencereader.diagnostic.Diagnostic> problems, int before, SourcePosition fallback) {
        return problems.subList(before, problems.size()).stream()
                .filter(org.evidencereader.diagnostic.Diagnostic::isError)
                .findFirst()
                .map(org.evidencereader.diagnostic.Diagnostic::at)
                .orElse(fallback);
    }
}
