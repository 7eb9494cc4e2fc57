package no.nmstat.report;

import static no.nmstat.report.Svg.COLOURS;
import static no.nmstat.report.SvgElements.close;
import static no.nmstat.report.SvgElements.line;

import java.util.List;
import java.util.Locale;
import no.nmstat.format.Html;
import no.nmstat.report.Svg.Box;
import no.nmstat.report.Svg.Chart;
import no.nmstat.report.Svg.Layout;
import no.nmstat.report.Svg.Target;

/** Box plots by category, with an optional target line. */
record BoxPlots(
    String id, String title, String yTitle, String xTitle, List<Box> boxes, Target target)
    implements Chart {
  @Override
  public String svg(Layout layout) {
    double max = boxes.stream().mapToDouble(Box::max).max().orElse(1);
    if (target != null) {
      max = Math.max(max, target.value());
    }
    List<String> categories = boxes.stream().map(Box::category).toList();
    ChartFrame f = ChartFrame.of(layout, AxisScale.of(max), List.of());
    StringBuilder b =
        f.open(
            id,
            title,
            "Box plots by year: box from the 25th to the 75th percentile, line at the median,"
                + " whiskers from the minimum to the maximum"
                + (target == null ? "." : "; dashed line: the " + target.label() + "."));
    f.axes(b, yTitle, xTitle, categories);
    double slot = f.slot(categories.size());
    for (int i = 0; i < boxes.size(); i++) {
      Box x = boxes.get(i);
      double cx = f.x(i, categories.size());
      double w = Math.min(40, slot * 0.5);
      b.append(line(cx, f.y(x.min()), cx, f.y(x.max()), "#444", 1));
      b.append(line(cx - w / 4, f.y(x.min()), cx + w / 4, f.y(x.min()), "#444", 1));
      b.append(line(cx - w / 4, f.y(x.max()), cx + w / 4, f.y(x.max()), "#444", 1));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                  + " fill-opacity=\"0.35\" stroke=\"%s\"/>\n",
              cx - w / 2,
              f.y(x.p75()),
              w,
              Math.max(0.5, f.y(x.p25()) - f.y(x.p75())),
              COLOURS.get(0),
              COLOURS.get(0)));
      b.append(line(cx - w / 2, f.y(x.median()), cx + w / 2, f.y(x.median()), "#000", 2.5));
    }
    if (target != null) {
      double ty = f.y(target.value());
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n",
              f.left(),
              ty,
              f.right(),
              ty,
              COLOURS.get(5)));
      // A white outline keeps the label readable where it crosses a box or whisker.
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"%d\" fill=\"%s\""
                  + " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>\n",
              f.right() - 4,
              ty - 5,
              layout.font,
              COLOURS.get(5),
              Html.escape(target.label())));
    }
    return close(b);
  }
}
