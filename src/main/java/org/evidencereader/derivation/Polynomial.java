package org.evidencereader.derivation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A polynomial in the ranged inputs of a figure graph, with every other value folded into the
 * coefficients; values are in canonical units. Kept expanded, so that what a formula computes twice
 * cancels exactly ({@code x·y − y·x} is 0), which interval arithmetic cannot see.
 */
final class Polynomial {

    /** More terms than this, and the formula is too large to analyse (see {@link TooLarge}). */
    static final int MAX_TERMS = 64;

    /** A sum that cancels to this fraction of its terms is 0: rounding, not a value. */
    private static final double CANCELLED = 1e-12;

    /** A polynomial grew beyond {@link #MAX_TERMS}: its figure's range is taken from intervals. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("more than " + MAX_TERMS + " terms", null, false, false);
        }
    }

    /** A product of variables: {@code vars} ascending, each with its power. */
    record Monomial(int[] vars, int[] powers) {
        static final Monomial ONE = new Monomial(new int[0], new int[0]);

        Monomial times(Monomial other) {
            int[] v = new int[vars.length + other.vars.length];
            int[] p = new int[v.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < vars.length || j < other.vars.length) {
                if (j >= other.vars.length || (i < vars.length && vars[i] < other.vars[j])) {
                    v[n] = vars[i];
                    p[n++] = powers[i++];
                } else if (i >= vars.length || other.vars[j] < vars[i]) {
                    v[n] = other.vars[j];
                    p[n++] = other.powers[j++];
                } else {
                    v[n] = vars[i];
                    p[n++] = powers[i++] + other.powers[j++];
                }
            }
            return new Monomial(Arrays.copyOf(v, n), Arrays.copyOf(p, n));
        }

        int power(int var) {
            int at = Arrays.binarySearch(vars, var);
            return at < 0 ? 0 : powers[at];
        }

        /** The monomial with one power of {@code var} fewer (the caller multiplies by the power). */
        Monomial lowered(int var) {
            int at = Arrays.binarySearch(vars, var);
            if (powers[at] > 1) {
                int[] p = powers.clone();
                p[at]--;
                return new Monomial(vars, p);
            }
            int[] v = new int[vars.length - 1];
            int[] p = new int[vars.length - 1];
            for (int i = 0, n = 0; i < vars.length; i++) {
                if (i != at) {
                    v[n] = vars[i];
                    p[n++] = powers[i];
                }
            }
            return new Monomial(v, p);
        }

        double at(double[] point) {
            double value = 1;
            for (int i = 0; i < vars.length; i++) {
                value *= Math.pow(point[vars[i]], powers[i]);
            }
            return value;
        }

        /** The smallest and largest value over the box, each factor taken on its own. */
        double[] over(double[] lo, double[] hi) {
            double[] result = {1, 1};
            for (int i = 0; i < vars.length; i++) {
                double a = Math.pow(lo[vars[i]], powers[i]);
                double b = Math.pow(hi[vars[i]], powers[i]);
                double min = Math.min(a, b);
                double max = Math.max(a, b);
                if (powers[i] % 2 == 0 && lo[vars[i]] < 0 && hi[vars[i]] > 0) {
                    min = 0;
                }
                result = Interval.times(result, new double[] {min, max});
            }
            return result;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Monomial m && Arrays.equals(vars, m.vars) && Arrays.equals(powers, m.powers);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(vars) + Arrays.hashCode(powers);
        }

        @Override
        public String toString() {
            return Arrays.toString(vars) + "^" + Arrays.toString(powers);
        }
    }

    private final Map<Monomial, Double> terms;

    private Polynomial(Map<Monomial, Double> terms) {
        if (terms.size() > MAX_TERMS) {
            throw new TooLarge();
        }
        this.terms = Collections.unmodifiableMap(terms);
    }

    static Polynomial constant(double value) {
        Map<Monomial, Double> terms = new LinkedHashMap<>();
        if (value != 0) {
            terms.put(Monomial.ONE, value);
        }
        return new Polynomial(terms);
    }

    static Polynomial variable(int var) {
        return new Polynomial(Map.of(new Monomial(new int[] {var}, new int[] {1}), 1.0));
    }

    int size() {
        return terms.size();
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    /** The value when it has no variable, else NaN. */
    double constantValue() {
        if (terms.isEmpty()) {
            return 0;
        }
        Double c = terms.get(Monomial.ONE);
        return terms.size() == 1 && c != null ? c : Double.NaN;
    }

    boolean hasVariables() {
        return Double.isNaN(constantValue());
    }

    Polynomial plus(Polynomial other) {
        Map<Monomial, Double> sum = new LinkedHashMap<>(terms);
        other.terms.forEach((m, c) -> {
            Double mine = sum.get(m);
            if (mine == null) {
                sum.put(m, c);
            } else if (Math.abs(mine + c) <= CANCELLED * Math.max(Math.abs(mine), Math.abs(c))) {
                sum.remove(m);
            } else {
                sum.put(m, mine + c);
            }
        });
        return new Polynomial(sum);
    }

    Polynomial times(double factor) {
        Map<Monomial, Double> scaled = new LinkedHashMap<>();
        if (factor != 0) {
            terms.forEach((m, c) -> scaled.put(m, c * factor));
        }
        return new Polynomial(scaled);
    }

    Polynomial times(Polynomial other) {
        if (terms.size() * other.terms.size() > MAX_TERMS * MAX_TERMS) {
            throw new TooLarge();
        }
        Polynomial product = constant(0);
        for (Map.Entry<Monomial, Double> a : terms.entrySet()) {
            Map<Monomial, Double> row = new LinkedHashMap<>();
            other.terms.forEach((m, c) -> row.merge(a.getKey().times(m), a.getValue() * c, Double::sum));
            product = product.plus(new Polynomial(row));
        }
        return product;
    }

    Polynomial negate() {
        return times(-1);
    }

    /** The partial derivative in {@code var}. */
    Polynomial derivative(int var) {
        Map<Monomial, Double> result = new LinkedHashMap<>();
        terms.forEach((m, c) -> {
            int power = m.power(var);
            if (power > 0) {
                result.merge(m.lowered(var), c * power, Double::sum);
            }
        });
        return new Polynomial(result);
    }

    boolean uses(int var) {
        return terms.keySet().stream().anyMatch(m -> m.power(var) > 0);
    }

    double at(double[] point) {
        double sum = 0;
        for (Map.Entry<Monomial, Double> t : terms.entrySet()) {
            sum += t.getValue() * t.getKey().at(point);
        }
        return sum;
    }

    /** An interval that holds every value over the box (each term bounded on its own). */
    double[] over(double[] lo, double[] hi) {
        double[] sum = {0, 0};
        for (Map.Entry<Monomial, Double> t : terms.entrySet()) {
            double[] term = Interval.times(t.getKey().over(lo, hi), new double[] {t.getValue(), t.getValue()});
            sum = new double[] {sum[0] + term[0], sum[1] + term[1]};
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
