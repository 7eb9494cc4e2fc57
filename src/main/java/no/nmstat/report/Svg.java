package no.nmstat.report;

import java.util.List;
import java.util.Locale;
import no.nmstat.format.Html;

/**
 * Inline SVG charts for the HTML report: box plots, lines with confidence bands, stacked bars and
 * horizontal bars. Written directly rather than through a charting library so the output is small,
 * crisp at any size, free of scripts and fonts, and accessible: every chart has a title and a
 * description for screen readers, axis titles, and its numbers in a table beside it (the caller's
 * job).
 */
final class Svg {
  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  static final List<String> COLOURS =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000");

  private static final int WIDTH = 760;
  private static final int HEIGHT = 340;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;

  private Svg() {}

  /** One box: whiskers from min to max, box from p25 to p75, a line at the median. */
  record Box(String category, double min, double p25, double median, double p75, double max) {}

  /** A named line, with an optional band (nulls where a point or band end is missing). */
  record Series(String name, List<Double> values, List<Double> low, List<Double> high) {}

  /** A labelled bar. */
  record Bar(String label, double value, boolean highlight) {}

  static String boxPlots(String id, String title, String yTitle, List<Box> boxes) {
    double max = boxes.stream().mapToDouble(Box::max).max().orElse(1);
    Scale y = Scale.of(max);
    StringBuilder b =
        open(
            id,
            title,
            "Box plots by year: box from the 25th to the 75th"
                + " percentile, line at the median, whiskers from the minimum to the maximum.");
    axes(b, y, yTitle, "Year");
    double slot = plotWidth() / (double) Math.max(1, boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      Box x = boxes.get(i);
      double cx = LEFT + slot * (i + 0.5);
      double w = Math.min(40, slot * 0.5);
      b.append(line(cx, y.px(x.min()), cx, y.px(x.max()), "#444", 1));
      b.append(line(cx - w / 4, y.px(x.min()), cx + w / 4, y.px(x.min()), "#444", 1));
      b.append(line(cx - w / 4, y.px(x.max()), cx + w / 4, y.px(x.max()), "#444", 1));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                  + " fill-opacity=\"0.35\" stroke=\"%s\"/>\n",
              cx - w / 2,
              y.px(x.p75()),
              w,
              Math.max(0.5, y.px(x.p25()) - y.px(x.p75())),
              COLOURS.get(0),
              COLOURS.get(0)));
      b.append(line(cx - w / 2, y.px(x.median()), cx + w / 2, y.px(x.median()), "#000", 2.5));
      b.append(xLabel(cx, x.category()));
    }
    return close(b);
  }

  static String lines(
      String id,
      String title,
      String desc,
      String yTitle,
      String xTitle,
      List<String> categories,
      List<Series> series) {
    double max = 1;
    for (Series s : series) {
      for (int i = 0; i < categories.size(); i++) {
        max = Math.max(max, value(s.values(), i));
        if (s.high() != null) {
          max = Math.max(max, value(s.high(), i));
        }
      }
    }
    Scale y = Scale.of(max);
    StringBuilder b = open(id, title, desc);
    axes(b, y, yTitle, xTitle);
    double step = plotWidth() / (double) Math.max(1, categories.size());
    int every = Math.max(1, (categories.size() + 7) / 8);
    for (int i = 0; i < categories.size(); i += every) {
      b.append(xLabel(LEFT + step * (i + 0.5), categories.get(i)));
    }
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String colour = COLOURS.get(k % COLOURS.size());
      if (s.low() != null) {
        band(b, s, step, y, colour);
      }
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < categories.size(); i++) {
        Double v = s.values().get(i);
        if (v == null) {
          continue;
        }
        path.append(path.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f %.1f", LEFT + step * (i + 0.5), y.px(v)));
        b.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                LEFT + step * (i + 0.5),
                y.px(v),
                colour));
      }
      if (path.length() > 0) {
        b.append("<path d=\"")
            .append(path)
            .append("\" fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"2\"/>\n");
      }
    }
    legend(b, series.stream().map(Series::name).toList());
    return close(b);
  }

  static String stackedBars(
      String id,
      String title,
      String desc,
      String yTitle,
      String xTitle,
      List<String> categories,
      List<Series> series) {
    double max = 1;
    for (int i = 0; i < categories.size(); i++) {
      double sum = 0;
      for (Series s : series) {
        sum += value(s.values(), i);
      }
      max = Math.max(max, sum);
    }
    Scale y = Scale.of(max);
    StringBuilder b = open(id, title, desc);
    axes(b, y, yTitle, xTitle);
    double slot = plotWidth() / (double) Math.max(1, categories.size());
    double w = Math.min(50, slot * 0.6);
    for (int i = 0; i < categories.size(); i++) {
      double cx = LEFT + slot * (i + 0.5);
      double base = 0;
      for (int k = 0; k < series.size(); k++) {
        double v = value(series.get(k).values(), i);
        b.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                cx - w / 2,
                y.px(base + v),
                w,
                y.px(base) - y.px(base + v),
                COLOURS.get(k % COLOURS.size())));
        base += v;
      }
      b.append(xLabel(cx, categories.get(i)));
    }
    legend(b, series.stream().map(Series::name).toList());
    return close(b);
  }

  static String horizontalBars(
      String id, String title, String desc, String xTitle, List<Bar> bars, boolean percent) {
    int rowHeight = 22;
    int height = TOP + BOTTOM + rowHeight * bars.size();
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    Scale x = Scale.of(percent ? Math.max(max, 1) : max);
    StringBuilder b = open(id, title, desc, height);
    double plot = plotWidth();
    for (double t : x.ticks()) {
      double px = LEFT + plot * t / x.max();
      b.append(line(px, TOP, px, height - BOTTOM, "#ddd", 1));
      b.append(
          text(
              px,
              height - BOTTOM + 16,
              percent ? Math.round(t * 100) + "%" : x.label(t),
              "middle",
              11));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double py = TOP + rowHeight * i;
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
              LEFT,
              py + 3,
              plot * bar.value() / x.max(),
              rowHeight - 6,
              bar.highlight() ? COLOURS.get(5) : COLOURS.get(0)));
      b.append(text(LEFT - 6, py + rowHeight / 2.0 + 4, bar.label(), "end", 12));
    }
    b.append(text(LEFT + plot / 2, height - 18, xTitle, "middle", 12));
    return close(b);
  }

  private static void band(StringBuilder b, Series s, double step, Scale y, String colour) {
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    for (int i = 0; i < s.values().size(); i++) {
      Double lo = s.low().get(i);
      Double hi = s.high().get(i);
      if (lo == null || hi == null) {
        continue;
      }
      double px = LEFT + step * (i + 0.5);
      upper
          .append(upper.length() == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", px, y.px(hi)));
      lower.insert(0, String.format(Locale.ROOT, " L%.1f %.1f", px, y.px(lo)));
    }
    if (upper.length() > 0) {
      b.append("<path d=\"")
          .append(upper)
          .append(lower)
          .append(" Z\" fill=\"")
          .append(colour)
          .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>\n");
    }
  }

  private static StringBuilder open(String id, String title, String desc) {
    return open(id, title, desc, HEIGHT);
  }

  private static StringBuilder open(String id, String title, String desc, int height) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-t %s-d\">\n",
            WIDTH,
            height,
            id,
            id));
    b.append("<title id=\"")
        .append(id)
        .append("-t\">")
        .append(Html.escape(title))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-d\">")
        .append(Html.escape(desc))
        .append("</desc>\n");
    return b;
  }

  private static String close(StringBuilder b) {
    return b.append("</svg>\n").toString();
  }

  private static void axes(StringBuilder b, Scale y, String yTitle, String xTitle) {
    for (double t : y.ticks()) {
      b.append(line(LEFT, y.px(t), WIDTH - RIGHT, y.px(t), "#ddd", 1));
      b.append(text(LEFT - 6, y.px(t) + 4, y.label(t), "end", 11));
    }
    b.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#444", 1));
    b.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#444", 1));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\""
                + " font-size=\"12\" transform=\"rotate(-90 16 %.1f)\">%s</text>\n",
            (TOP + HEIGHT - BOTTOM) / 2.0,
            (TOP + HEIGHT - BOTTOM) / 2.0,
            Html.escape(yTitle)));
    b.append(text(LEFT + plotWidth() / 2.0, HEIGHT - 12, xTitle, "middle", 12));
  }

  private static void legend(StringBuilder b, List<String> names) {
    double x = LEFT;
    for (int k = 0; k < names.size(); k++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"12\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
              x,
              COLOURS.get(k % COLOURS.size())));
      b.append(text(x + 16, 22, names.get(k), "start", 12));
      x += 24 + 7 * names.get(k).length();
    }
  }

  private static String xLabel(double x, String label) {
    return text(x, HEIGHT - BOTTOM + 16, label, "middle", 11);
  }

  private static String line(
      double x1, double y1, double x2, double y2, String colour, double width) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
            + " stroke=\"%s\" stroke-width=\"%.1f\"/>\n",
        x1,
        y1,
        x2,
        y2,
        colour,
        width);
  }

  private static String text(double x, double y, String text, String anchor, int size) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"" + " font-size=\"%d\">%s</text>\n",
        x,
        y,
        anchor,
        size,
        Html.escape(text));
  }

  private static double plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static double value(List<Double> values, int i) {
    Double v = values.get(i);
    return v == null ? 0 : v;
  }

  /** A linear axis from 0 with "nice" ticks (1, 2 or 5 times a power of ten). */
  record Scale(double max, double step) {
    static Scale of(double dataMax) {
      if (!(dataMax > 0)) {
        return new Scale(1, 1); // all zero (or nothing): an axis of 0 and 1, not of 0 and 0
      }
      double raw = Math.max(dataMax, 1e-9) / 5;
      double power = Math.pow(10, Math.floor(Math.log10(raw)));
      double step =
          raw <= power
              ? power
              : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
      return new Scale(step * Math.max(1, Math.ceil(dataMax / step - 1e-9)), step);
    }

    double px(double v) {
      return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * v / max;
    }

    List<Double> ticks() {
      List<Double> t = new java.util.ArrayList<>();
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
}
