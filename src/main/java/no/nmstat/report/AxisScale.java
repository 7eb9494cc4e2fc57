package no.nmstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear axis from 0 with "nice" ticks (1, 2 or 5 times a power of ten). */
record AxisScale(double max, double step) {
  /** An axis of days or shares: ticks may fall between whole numbers. */
  static AxisScale of(double dataMax) {
    return of(dataMax, false);
  }

  /** An axis of counts (cases): its ticks are whole numbers, since no axis counts half a case. */
  static AxisScale ofCounts(double dataMax) {
    return of(dataMax, true);
  }

  private static AxisScale of(double dataMax, boolean whole) {
    if (!(dataMax > 0)) {
      return new AxisScale(1, 1); // all zero (or nothing): an axis of 0 and 1, not of 0 and 0
    }
    double raw = Math.max(dataMax, 1e-9) / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double nice =
        raw <= power
            ? power
            : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
    double step = whole ? Math.max(1, nice) : nice;
    return new AxisScale(step * Math.max(1, Math.ceil(dataMax / step - 1e-9)), step);
  }

  List<Double> ticks() {
    List<Double> t = new ArrayList<>();
    for (double v = 0; v <= max + step / 2; v += step) {
      t.add(v);
    }
    return t;
  }

  /** The tick's label, with as many decimals as tell the ticks apart (at least two below 1). */
  String label(double v) {
    if (step >= 1) {
      return Long.toString(Math.round(v));
    }
    int decimals = Math.max(2, (int) Math.ceil(-Math.log10(step) - 1e-9));
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
