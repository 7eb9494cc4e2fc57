package no.nmstat.report;

import static no.nmstat.report.SvgElements.close;
import static no.nmstat.report.SvgElements.line;
import static no.nmstat.report.SvgElements.open;
import static no.nmstat.report.SvgElements.text;
import static no.nmstat.report.SvgElements.textWidth;
import static no.nmstat.report.SvgElements.value;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: box plots, lines with confidence bands, stacked bars and
 * horizontal bars. Written directly rather than through a charting library so the output is small,
 * crisp at any size, free of scripts and fonts, and accessible: every chart has a title and a
 * description for screen readers, axis titles, and its numbers in a table beside it (the caller's
 * job).
 *
 * <p>Text in an SVG shrinks with the chart, so one drawing cannot stay legible from a phone to a
 * wide screen: each chart is drawn in two {@link Layout}s and the page's stylesheet shows one.
 */
final class Svg {
  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  static final List<String> COLOURS =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000");

  /**
   * The width of a chart's drawing and the size of its smallest text, in drawing units. The page
   * shows {@link #WIDE} from 700 px and on paper, where the chart is at least 652 px wide (0.86 px
   * a unit), and {@link #NARROW} below, where the chart is at most 480 px wide and at 400 px 368 px
   * (1.02 px a unit): either way text is 10 px or more.
   */
  enum Layout {
    /** Wide screens and paper. */
    WIDE(760, 250, 13, 8),
    /** Phones. */
    NARROW(360, 220, 12, 5);

    final int width;
    final int plotHeight;
    final int font;
    final int maxLabels;

    Layout(int width, int plotHeight, int font, int maxLabels) {
      this.width = width;
      this.plotHeight = plotHeight;
      this.font = font;
      this.maxLabels = maxLabels;
    }

    /** The CSS class that shows or hides this layout. */
    String css() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private Svg() {}

  /** A chart that can be drawn in either layout. */
  sealed interface Chart permits BoxPlots, LineChart, StackedBars, HorizontalBars {
    /** The chart's title, which its figure shows as a heading. */
    String title();

    /** The chart as an SVG element in {@code layout}. */
    String svg(Layout layout);
  }

  /** One box: whiskers from min to max, box from p25 to p75, a line at the median. */
  record Box(String category, double min, double p25, double median, double p75, double max) {}

  /** A named line, with an optional band (nulls where a point or band end is missing). */
  record Series(String name, List<Double> values, List<Double> low, List<Double> high) {}

  /**
   * A labelled bar, in the warning colour when {@code highlight}, with a mark across it at {@code
   * mark} on the same axis (a deadline, an expected day), or null for none.
   */
  record Bar(String label, double value, Double mark, boolean highlight) {}

  /** A target drawn across a chart as a dashed line with its label. */
  record Target(double value, String label) {}

  /** Bars of stacked series over categories. */
  record StackedBars(
      String id,
      String title,
      String desc,
      String yTitle,
      String xTitle,
      List<String> categories,
      List<Series> series)
      implements Chart {
    @Override
    public String svg(Layout layout) {
      double max = 1;
      for (int i = 0; i < categories.size(); i++) {
        double sum = 0;
        for (Series s : series) {
          sum += value(s.values(), i);
        }
        max = Math.max(max, sum);
      }
      ChartFrame f =
          ChartFrame.of(layout, AxisScale.of(max), series.stream().map(Series::name).toList());
      StringBuilder b = f.open(id, title, desc);
      f.axes(b, yTitle, xTitle, categories);
      double w = Math.min(50, f.slot(categories.size()) * 0.6);
      for (int i = 0; i < categories.size(); i++) {
        double cx = f.x(i, categories.size());
        double base = 0;
        for (int k = 0; k < series.size(); k++) {
          double v = value(series.get(k).values(), i);
          b.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                  cx - w / 2,
                  f.y(base + v),
                  w,
                  f.y(base) - f.y(base + v),
                  COLOURS.get(k % COLOURS.size())));
          base += v;
        }
      }
      f.legend(b);
      return close(b);
    }
  }

  /**
   * One horizontal bar per label, top first, each with its mark if it has one; a share axis in
   * percent when {@code percent}.
   */
  record HorizontalBars(
      String id, String title, String desc, String xTitle, List<Bar> bars, boolean percent)
      implements Chart {
    @Override
    public String svg(Layout layout) {
      int font = layout.font;
      int rowHeight = font + 10;
      double labels = bars.stream().mapToDouble(r -> textWidth(r.label(), font)).max().orElse(0);
      int left = (int) Math.ceil(Math.min(layout.width * 0.4, Math.max(40, labels + 10)));
      int top = 8;
      int bottom = 2 * font + 26;
      int height = top + rowHeight * bars.size() + bottom;
      double max =
          bars.stream()
              .mapToDouble(r -> Math.max(r.value(), r.mark() == null ? 0 : r.mark()))
              .max()
              .orElse(1);
      AxisScale x = AxisScale.of(Math.max(max, 1));
      double plot = layout.width - left - ChartFrame.RIGHT;
      StringBuilder b = open(layout, height, id, title, desc);
      int axis = height - bottom;
      // Fewer ticks where they would touch: a label is up to four characters ("100%", "1000").
      int every =
          Math.max(
              1, (int) Math.ceil((textWidth(percent ? "100%" : "0000", font) + 8) / (plot / 5)));
      List<Double> ticks = x.ticks();
      for (int i = 0; i < ticks.size(); i++) {
        double t = ticks.get(i);
        double px = left + plot * t / x.max();
        b.append(line(px, top, px, axis, "#ddd", 1));
        if (i % every == 0) {
          b.append(
              text(
                  px,
                  axis + font + 4,
                  percent ? Math.round(t * 100) + "%" : x.label(t),
                  "middle",
                  font));
        }
      }
      for (int i = 0; i < bars.size(); i++) {
        Bar bar = bars.get(i);
        double py = top + rowHeight * i;
        b.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
                left,
                py + 3,
                plot * bar.value() / x.max(),
                rowHeight - 6,
                bar.highlight() ? COLOURS.get(5) : COLOURS.get(0)));
        if (bar.mark() != null) {
          double mx = left + plot * bar.mark() / x.max();
          b.append(line(mx, py + 1, mx, py + rowHeight - 1, "#1a1a1a", 2));
        }
        b.append(text(left - 6, py + rowHeight / 2.0 + font / 3.0, bar.label(), "end", font));
      }
      b.append(text(left + plot / 2, height - 8, xTitle, "middle", font + 1));
      return close(b);
    }
  }
}
