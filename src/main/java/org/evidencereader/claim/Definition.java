package org.evidencereader.claim;

import java.util.Map;
import java.util.Objects;
import org.evidencereader.derivation.Expression;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.TimePoint;
import org.evidencereader.figure.Unit;

/** How a figure gets its value: from a source, from a formula over other figures, or as a point in time. */
public sealed interface Definition permits Definition.Sourced, Definition.Derived, Definition.Dated {

    /** A value taken from the cited sources. */
    record Sourced(Quantity value) implements Definition {
        public Sourced {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A value computed from other figures and shown in {@code unit}.
     *
     * @param referencesAt where each id stands in the claim file, when known (else at {@code formulaAt})
     */
    record Derived(Expression formula, Unit unit, SourcePosition formulaAt, Map<String, SourcePosition> referencesAt)
            implements Definition {
        public Derived {
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(formulaAt, "formulaAt");
            referencesAt = Map.copyOf(referencesAt);
        }

        public Derived(Expression formula, Unit unit, SourcePosition formulaAt) {
            this(formula, unit, formulaAt, Map.of());
        }

        /** Where {@code id} is written in the formula, or the formula's start. */
        public SourcePosition at(String id) {
            return referencesAt.getOrDefault(id, formulaAt);
        }
    }

    /** A date or a quarter, such as 2024-Q3: a figure, but not a quantity. */
    record Dated(TimePoint when) implements Definition {
        public Dated {
            Objects.requireNonNull(when, "when");
        }
    }
}
