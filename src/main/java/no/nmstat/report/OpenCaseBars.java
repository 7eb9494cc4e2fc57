package no.nmstat.report;

import static no.nmstat.report.SvgElements.close;
import static no.nmstat.report.SvgElements.line;
import static no.nmstat.report.SvgElements.open;
import static no.nmstat.report.SvgElements.text;
import static no.nmstat.report.SvgElements.textWidth;

import java.util.List;
import java.util.Locale;

/**
 * One horizontal bar per open case, its days in its state, with a mark at the day of its deadline
 * or its expected date counted from the same start; an overdue case's bar in the warning colour.
 *
 * @param bars the cases, top first
 */
record OpenCaseBars(String id, String title, String desc, String xTitle, List<Bar> bars)
    implements Svg.Chart {

  /**
   * One case.
   *
   * @param label the case's name
   * @param days its days in the state
   * @param mark the days from the state's start to its deadline or expected date, or null for none
   * @param overdue whether it is past its deadline
   */
  record Bar(String label, double days, Double mark, boolean overdue) {}

  @Override
  public String svg(Svg.Layout layout) {
    int font = layout.font;
    int rowHeight = font + 10;
    double labels = bars.stream().mapToDouble(r -> textWidth(r.label(), font)).max().orElse(0);
    int left = (int) Math.ceil(Math.min(layout.width * 0.4, Math.max(40, labels + 10)));
    int top = 8;
    int bottom = 2 * font + 26;
    int height = top + rowHeight * bars.size() + bottom;
    double max =
        bars.stream()
            .mapToDouble(r -> Math.max(r.days(), r.mark() == null ? 0 : r.mark()))
            .max()
            .orElse(1);
    AxisScale x = AxisScale.of(Math.max(max, 1));
    double plot = layout.width - left - ChartFrame.RIGHT;
    StringBuilder b = open(layout, height, id, title, desc);
    int axis = height - bottom;
    int every = Math.max(1, (int) Math.ceil((textWidth("0000", font) + 8) / (plot / 5)));
    List<Double> ticks = x.ticks();
    for (int i = 0; i < ticks.size(); i++) {
      double px = left + plot * ticks.get(i) / x.max();
      b.append(line(px, top, px, axis, "#ddd", 1));
      if (i % every == 0) {
        b.append(text(px, axis + font + 4, x.label(ticks.get(i)), "middle", font));
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
              plot * bar.days() / x.max(),
              rowHeight - 6,
              bar.overdue() ? Svg.COLOURS.get(5) : Svg.COLOURS.get(0)));
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
