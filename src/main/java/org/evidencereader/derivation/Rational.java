package org.evidencereader.derivation;

/**
 * A formula over the ranged inputs as one fraction of two expanded polynomials, {@code p / q}:
 * what + − × ÷ make of inputs and literals. Its partial derivatives have the sign of {@code
 * p'·q − p·q'}, a polynomial again, so whether the formula rises or falls with an input can be
 * decided over a box, and {@code x / x} is seen to be constant.
 */
record Rational(Polynomial p, Polynomial q) {

    static Rational constant(double value) {
        return new Rational(Polynomial.constant(value), Polynomial.constant(1));
    }

    static Rational variable(int var) {
        return new Rational(Polynomial.variable(var), Polynomial.constant(1));
    }

    boolean hasVariables() {
        return p.hasVariables() || q.hasVariables();
    }

    Rational plus(Rational o) {
        if (q.equals(o.q)) {
            return new Rational(p.plus(o.p), q);
        }
        return normal(p.times(o.q).plus(o.p.times(q)), q.times(o.q));
    }

    Rational negate() {
        return new Rational(p.negate(), q);
    }

    Rational times(Rational o) {
        return normal(p.times(o.p), q.times(o.q));
    }

    Rational dividedBy(Rational o) {
        return normal(p.times(o.q), q.times(o.p));
    }

    /** A constant denominator is divided into the numerator, so sums of such fractions stay small. */
    private static Rational normal(Polynomial p, Polynomial q) {
        double c = q.constantValue();
        if (!Double.isNaN(c) && c != 0 && c != 1) {
            return new Rational(p.times(1 / c), Polynomial.constant(1));
        }
        return new Rational(p, q);
    }

    double at(double[] point) {
        return p.at(point) / q.at(point);
    }

    /** The numerator of the partial derivative in {@code var}; the denominator q² is never negative. */
    Polynomial slope(int var) {
        return p.derivative(var).times(q).plus(p.times(q.derivative(var)).negate());
    }

    /** An interval that holds every value over the box. */
    double[] over(double[] lo, double[] hi) {
        return Interval.dividedBy(p.over(lo, hi), q.over(lo, hi));
    }
}
