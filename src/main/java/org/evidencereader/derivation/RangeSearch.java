package org.evidencereader.derivation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The smallest and largest value of a formula over the box of its ranged inputs, each input
 * counted once.
 *
 * <p>Where the formula rises or falls with every input over the box (the sign of each partial
 * derivative, bounded over the box, is never in doubt; a derivative that cancels to 0 means the
 * input does not matter), the extremes are at two corners and are exact. Elsewhere the box is cut
 * in two across an input whose direction is in doubt, and each half is looked at again: a half
 * whose bound (inputs of known direction set to their extreme, the others bounded by intervals)
 * cannot beat the best value found by more than {@link #TOLERANCE} of it is dropped. The result
 * is an estimate only when {@link #MAX_BOXES} boxes did not settle it; it then holds the bounds of
 * what was left, so that an estimate is never narrower than the true range.
 */
final class RangeSearch {

    /** How close to the true extremes a bound found by cutting must be: a millionth of the larger. */
    static final double TOLERANCE = 1e-6;

    /** Boxes looked at, at most, for one figure. */
    static final int MAX_BOXES = 2_000;

    /**
     * The work the searches of one evaluation may do together, counted in terms of polynomials
     * evaluated over a box: a bound on what an editor's file or a reader's what-if can cost (some tens
     * of milliseconds), after which every range still open is left as an estimate.
     */
    static final class Budget {
        private long remaining;

        Budget(long terms) {
            this.remaining = terms;
        }

        boolean isSpent() {
            return remaining <= 0;
        }

        /** Takes {@code cost} from the budget; false, taking nothing, when there is not that much left. */
        boolean spend(long cost) {
            if (cost > remaining) {
                remaining = 0; // a search that cannot afford its next box ends every search after it too
                return false;
            }
            remaining -= cost;
            return true;
        }
    }

    /** The terms one evaluation's searches may evaluate ({@link Budget}). */
    static final long WORK = 250_000;

    /** {@code estimate}: the range holds the true one but may be wider. */
    record Range(double low, double high, boolean estimate) {}

    private record Box(double[] lo, double[] hi) {}

    private final Rational formula;
    private final Budget budget;
    private final long costPerBox;
    private final int[] vars;
    private final Polynomial[] slopes;
    private final double[] width;

    private RangeSearch(Rational formula, double[] lo, double[] hi, Budget budget) {
        this.formula = formula;
        this.budget = budget;
        List<Integer> used = new ArrayList<>();
        for (int var = 0; var < lo.length; var++) {
            if (lo[var] != hi[var] && (formula.p().uses(var) || formula.q().uses(var))) {
                used.add(var);
            }
        }
        this.vars = used.stream().mapToInt(Integer::intValue).toArray();
        this.slopes = new Polynomial[vars.length];
        for (int i = 0; i < vars.length; i++) {
            slopes[i] = formula.slope(vars[i]);
        }
        long terms = formula.p().size() + formula.q().size();
        for (Polynomial slope : slopes) {
            terms += slope.size();
        }
        this.costPerBox = 1 + 2 * terms;
        this.width = new double[lo.length];
        for (int var = 0; var < lo.length; var++) {
            width[var] = hi[var] - lo[var];
        }
    }

    /**
     * @param lo the low end of every variable (canonical units); a variable the formula does not use
     *     may have any value
     * @param hi the high end of every variable
     * @param budget what is left of the evaluation's work; this search takes its share from it
     * @throws Polynomial.TooLarge when a derivative is too large to analyse
     */
    static Range over(Rational formula, double[] lo, double[] hi, Budget budget) {
        if (budget.isSpent()) {
            double[] bounds = formula.over(lo, hi);
            return new Range(bounds[0], bounds[1], true);
        }
        return new RangeSearch(formula, lo, hi, budget).search(lo, hi);
    }

    private Range search(double[] lo, double[] hi) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double outerMin = Double.POSITIVE_INFINITY;
        double outerMax = Double.NEGATIVE_INFINITY;
        boolean estimate = false;
        Deque<Box> boxes = new ArrayDeque<>();
        boxes.push(new Box(lo.clone(), hi.clone()));
        int looked = 0;
        boolean spent = false;
        while (!boxes.isEmpty()) {
            Box box = boxes.pop();
            if (spent || !budget.spend(costPerBox)) {
                // No work left: what this box may hold is bounded by intervals alone.
                spent = true;
                estimate = true;
                double[] bounds = formula.over(box.lo(), box.hi());
                outerMin = Math.min(outerMin, bounds[0]);
                outerMax = Math.max(outerMax, bounds[1]);
                continue;
            }
            int[] directions = directions(box);
            double low = formula.at(corner(box, directions, -1, 0.5));
            double high = formula.at(corner(box, directions, 1, 0.5));
            min = Math.min(min, Math.min(low, high));
            max = Math.max(max, Math.max(low, high));
            int doubtful = widestInDoubt(box, directions);
            if (doubtful < 0) {
                continue;
            }
            double lowBound = bound(box, directions, -1)[0];
            double highBound = bound(box, directions, 1)[1];
            double tolerance = TOLERANCE * Math.max(Math.abs(min), Math.abs(max));
            boolean mayBeLower = lowBound < min - tolerance;
            boolean mayBeHigher = highBound > max + tolerance;
            if (!mayBeLower && !mayBeHigher) {
                continue;
            }
            if (++looked >= MAX_BOXES) {
                estimate = true;
                outerMin = Math.min(outerMin, lowBound);
                outerMax = Math.max(outerMax, highBound);
                continue;
            }
            double middle = (box.lo()[doubtful] + box.hi()[doubtful]) / 2;
            double[] leftHi = box.hi().clone();
            leftHi[doubtful] = middle;
            double[] rightLo = box.lo().clone();
            rightLo[doubtful] = middle;
            boxes.push(new Box(box.lo(), leftHi));
            boxes.push(new Box(rightLo, box.hi()));
        }
        return new Range(Math.min(min, outerMin), Math.max(max, outerMax), estimate);
    }

    /** For each variable used: 1 rising, −1 falling, 0 no effect over the box, 2 in doubt. */
    private int[] directions(Box box) {
        int[] directions = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            if (slopes[i].isZero() || box.lo()[vars[i]] == box.hi()[vars[i]]) {
                directions[i] = 0;
                continue;
            }
            double[] slope = slopes[i].over(box.lo(), box.hi());
            directions[i] = slope[0] >= 0 ? 1 : slope[1] <= 0 ? -1 : 2;
        }
        return directions;
    }

    /**
     * The corner where the formula is lowest ({@code side} −1) or highest (1) as far as the known
     * directions tell; an input in doubt at {@code at} of its range.
     */
    private double[] corner(Box box, int[] directions, int side, double at) {
        double[] point = box.lo().clone();
        for (int i = 0; i < vars.length; i++) {
            int var = vars[i];
            point[var] = switch (directions[i] * side) {
                case 1 -> box.hi()[var];
                case -1, 0 -> box.lo()[var];
                default -> box.lo()[var] + at * (box.hi()[var] - box.lo()[var]);
            };
        }
        return point;
    }

    /** Bounds over the box with every input of known direction at its end towards {@code side}. */
    private double[] bound(Box box, int[] directions, int side) {
        double[] lo = box.lo().clone();
        double[] hi = box.hi().clone();
        for (int i = 0; i < vars.length; i++) {
            int var = vars[i];
            int towards = directions[i] * side;
            if (towards == 1) {
                lo[var] = hi[var];
            } else if (towards == -1 || towards == 0) {
                hi[var] = lo[var];
            }
        }
        return formula.over(lo, hi);
    }

    /** The variable in doubt whose part of its whole range is largest, or −1 if none is. */
    private int widestInDoubt(Box box, int[] directions) {
        int widest = -1;
        double share = -1;
        for (int i = 0; i < vars.length; i++) {
            if (directions[i] == 2) {
                double part = (box.hi()[vars[i]] - box.lo()[vars[i]]) / width[vars[i]];
                if (part > share) {
                    share = part;
                    widest = vars[i];
                }
            }
        }
        return widest;
    }
}
