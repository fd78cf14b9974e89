package org.evidencereader.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticGroupTest {

    private static final SourcePosition A = new SourcePosition("claims/x/a.yaml", 3, 5);
    private static final SourcePosition B = new SourcePosition("claims/x/a.yaml", 9, 13);
    private static final SourcePosition C = new SourcePosition("articles/x.md", 4, 2);

    private static Diagnostic error(SourcePosition at) {
        return Diagnostic.error(at, Message.of("diagnostic.value-empty", "value"));
    }

    @Test
    void followOnsGoUnderTheFirstCauseOfTheirChainInTheirOrder() {
        Diagnostic cause = error(A);
        Diagnostic computed = error(B).followingFrom(A);
        Diagnostic number = Diagnostic.warning(C, Message.of("diagnostic.unannotated", "5600W", "p-2"))
                .followingFrom(B);
        Diagnostic other = error(new SourcePosition("claims/x/b.yaml", 1, 1));

        List<DiagnosticGroup> groups = DiagnosticGroup.of(List.of(number, cause, other, computed));

        assertThat(groups).extracting(DiagnosticGroup::cause).containsExactly(cause, other);
        assertThat(groups.get(0).followOns()).containsExactly(number, computed);
        assertThat(groups.get(1).followOns()).isEmpty();
        assertThat(computed.isFollowOn()).isTrue();
        assertThat(cause.isFollowOn()).isFalse();
    }

    @Test
    void aFollowOnWhoseCauseIsNotListedStandsOnItsOwn() {
        Diagnostic orphan = error(B).followingFrom(A);
        assertThat(DiagnosticGroup.of(List.of(orphan))).containsExactly(new DiagnosticGroup(orphan, List.of()));
    }

    @Test
    void causesThatPointAtEachOtherEachStandAlone() {
        Diagnostic first = error(A).followingFrom(B);
        Diagnostic second = error(B).followingFrom(A);
        assertThat(DiagnosticGroup.of(List.of(first, second)))
                .extracting(DiagnosticGroup::cause)
                .containsExactly(first, second);
    }
}
