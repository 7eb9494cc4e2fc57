package no.nmstat.report;

import static no.nmstat.report.SvgElements.line;
import static no.nmstat.report.SvgElements.niceStep;
import static no.nmstat.report.SvgElements.text;
import static no.nmstat.report.SvgElements.textWidth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.nmstat.format.Html;

/**
 * A chart's drawing area in {@code layout}: the left margin fits the longest tick label, the top
 * fits the legend's rows.
 */
record ChartFrame(Svg.Layout layout, AxisScale scale, List<String> legend, int left, int top) {
  /** The margin right of the plot, in drawing units. */
  static final int RIGHT = 16;

  static ChartFrame of(Svg.Layout layout, AxisScale scale, List<String> legend) {
    int font = layout.font;
    double ticks =
        scale.ticks().stream().mapToDouble(t -> textWidth(scale.label(t), font)).max().orElse(0);
    int left = (int) Math.ceil(font + 12 + ticks + 6);
    int rows = legendRows(layout, left, legend).size();
    int top = rows == 0 ? font + 4 : 8 + rows * (font + 8) + font / 2 + 4;
    return new ChartFrame(layout, scale, legend, left, top);
  }

  int right() {
    return layout.width - RIGHT;
  }

  int bottom() {
    return top + layout.plotHeight;
  }

  int height() {
    return bottom() + 2 * layout.font + 26;
  }

  double plotWidth() {
    return right() - left;
  }

  double slot(int n) {
    return plotWidth() / Math.max(1, n);
  }

  double x(int i, int n) {
    return left + slot(n) * (i + 0.5);
  }

  double y(double v) {
    return bottom() - layout.plotHeight * v / scale.max();
  }

  StringBuilder open(String id, String title, String desc) {
    return SvgElements.open(layout, height(), id, title, desc);
  }

  /** Grid, tick labels, axes, category labels (as many as fit) and axis titles. */
  void axes(StringBuilder b, String yTitle, String xTitle, List<String> categories) {
    int font = layout.font;
    for (double t : scale.ticks()) {
      b.append(line(left, y(t), right(), y(t), "#ddd", 1));
      b.append(text(left - 6, y(t) + font / 3.0, scale.label(t), "end", font));
    }
    b.append(line(left, top, left, bottom(), "#444", 1));
    b.append(line(left, bottom(), right(), bottom(), "#444", 1));
    double widest = categories.stream().mapToDouble(c -> textWidth(c, font)).max().orElse(0) + font;
    int every =
        niceStep(
            Math.max(
                (int) Math.ceil(categories.size() / (double) layout.maxLabels),
                (int) Math.ceil(widest / slot(categories.size()))));
    for (int i = 0; i < categories.size(); i += every) {
      b.append(
          text(x(i, categories.size()), bottom() + font + 6, categories.get(i), "middle", font));
    }
    double middle = (top + bottom()) / 2.0;
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\""
                + " font-size=\"%d\" transform=\"rotate(-90 %d %.1f)\">%s</text>\n",
            font + 2,
            middle,
            font + 1,
            font + 2,
            middle,
            Html.escape(yTitle)));
    b.append(text(left + plotWidth() / 2.0, height() - 8, xTitle, "middle", font + 1));
  }

  /** The legend above the plot, in as many rows as its names need. */
  void legend(StringBuilder b) {
    int font = layout.font;
    List<List<Integer>> rows = legendRows(layout, left, legend);
    for (int r = 0; r < rows.size(); r++) {
      double x = left;
      double y = 8 + r * (font + 8);
      for (int k : rows.get(r)) {
        b.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n",
                x,
                y + 1,
                font - 1,
                font - 1,
                Svg.COLOURS.get(k % Svg.COLOURS.size())));
        b.append(text(x + font + 4, y + font - 1, legend.get(k), "start", font));
        x += legendWidth(legend.get(k), font);
      }
    }
  }

  /** The legend's entries (indexes into {@code names}) row by row. */
  private static List<List<Integer>> legendRows(Svg.Layout layout, int left, List<String> names) {
    List<List<Integer>> rows = new ArrayList<>();
    double x = Double.MAX_VALUE;
    for (int k = 0; k < names.size(); k++) {
      double w = legendWidth(names.get(k), layout.font);
      if (x + w > layout.width - RIGHT + 12) {
        rows.add(new ArrayList<>());
        x = left;
      }
      rows.get(rows.size() - 1).add(k);
      x += w;
    }
    return rows;
  }

  private static double legendWidth(String name, int font) {
    return font + 4 + textWidth(name, font) + 14;
  }
}
