package org.evidencereader.derivation;

/** Products and quotients of plain intervals {@code {low, high}}, for bounds over a box. */
final class Interval {

    private Interval() {}

    static double[] times(double[] a, double[] b) {
        double p = a[0] * b[0];
        double q = a[0] * b[1];
        double r = a[1] * b[0];
        double s = a[1] * b[1];
        return new double[] {Math.min(Math.min(p, q), Math.min(r, s)), Math.max(Math.max(p, q), Math.max(r, s))};
    }

    /** Unbounded when the divisor's interval holds 0. */
    static double[] dividedBy(double[] a, double[] b) {
        if (b[0] <= 0 && b[1] >= 0) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        return times(a, new double[] {1 / b[1], 1 / b[0]});
    }
}
