package org.evidencereader.figure;

/**
 * Compares a number stated in the text with a figure's value.
 *
 * <p>Tolerance: half a unit of the last digit written, scaled by the magnitude, so 50.4万千瓦
 * accepts 503,500–504,500 kW and 8.2% accepts 8.15–8.25%. Each end of a range is compared with
 * the same end of the value (a single value has both ends equal).
 */
public final class StatedCheck {

  /** Rounding noise allowed on top of the tolerance, relative to the stated value. */
  private static final double EPSILON = 1e-9;

  private StatedCheck() {}

  /**
   * CONSISTENT when both ends agree within the tolerance; INCONSISTENT when they do not or the
   * stated unit cannot hold the value (千瓦 against GPU); UNCHECKED for time points.
   *
   * <p>When the stated unit is known both are compared in that unit (equivalent to comparing in
   * canonical units). When the stated unit is a classifier (片, 张) or absent, the bare number is
   * compared with the value in the value's own unit (72万张 against 720000 GPU).
   */
  public static Consistency check(NumericMention stated, Quantity value) {
    if (stated == null || value == null || stated.kind() == MentionKind.TIME_POINT) {
      return Consistency.UNCHECKED;
    }
    Quantity v = value;
    if (stated.unit().isPresent()) {
      Unit unit = stated.unit().get();
      if (!value.unit().isCompatible(unit)) {
        return Consistency.INCONSISTENT;
      }
      v = value.to(unit);
    }
    boolean lowOk = close(stated.low(), v.low(), stated.lowStep());
    boolean highOk = close(stated.high(), v.high(), stated.highStep());
    return lowOk && highOk ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
  }

  private static boolean close(double stated, double actual, double step) {
    double tolerance = step / 2 + EPSILON * Math.max(1, Math.abs(stated));
    return Math.abs(stated - actual) <= tolerance;
  }
}
