package no.nmstat.report;

import static no.nmstat.report.Svg.COLOURS;
import static no.nmstat.report.SvgElements.band;
import static no.nmstat.report.SvgElements.close;
import static no.nmstat.report.SvgElements.value;

import java.util.List;
import java.util.Locale;
import no.nmstat.report.Svg.Chart;
import no.nmstat.report.Svg.Layout;
import no.nmstat.report.Svg.Series;

/**
 * Lines over categories, each with an optional band; a chart of {@code counts} ticks whole numbers.
 */
record LineChart(
    String id,
    String title,
    String desc,
    String yTitle,
    String xTitle,
    List<String> categories,
    List<Series> series,
    boolean counts)
    implements Chart {
  @Override
  public String svg(Layout layout) {
    double max = 1;
    for (Series s : series) {
      for (int i = 0; i < categories.size(); i++) {
        max = Math.max(max, value(s.values(), i));
        if (s.high() != null) {
          max = Math.max(max, value(s.high(), i));
        }
      }
    }
    ChartFrame f =
        ChartFrame.of(
            layout,
            counts ? AxisScale.ofCounts(max) : AxisScale.of(max),
            series.stream().map(Series::name).toList());
    StringBuilder b = f.open(id, title, desc);
    f.axes(b, yTitle, xTitle, categories);
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String colour = COLOURS.get(k % COLOURS.size());
      if (s.low() != null) {
        band(b, f, s, categories.size(), colour);
      }
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < categories.size(); i++) {
        Double v = s.values().get(i);
        if (v == null) {
          continue;
        }
        double px = f.x(i, categories.size());
        path.append(path.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f %.1f", px, f.y(v)));
        b.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                px,
                f.y(v),
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
    f.legend(b);
    return close(b);
  }
}
