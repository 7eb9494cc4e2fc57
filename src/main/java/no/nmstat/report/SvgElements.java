package no.nmstat.report;

import java.util.List;
import java.util.Locale;
import no.nmstat.format.Html;

/** The SVG elements and measures the report's charts are drawn with. */
final class SvgElements {
  private SvgElements() {}

  /**
   * The label step at or above {@code step} that a reader counts in easily: 1, 2, 4, then multiples
   * of 4, so quarters are labelled once a year or every few years.
   */
  static int niceStep(int step) {
    return step <= 2 ? Math.max(1, step) : step <= 4 ? 4 : 4 * (int) Math.ceil(step / 4.0);
  }

  static void band(StringBuilder b, ChartFrame f, Svg.Series s, int n, String colour) {
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    for (int i = 0; i < s.values().size(); i++) {
      Double lo = s.low().get(i);
      Double hi = s.high().get(i);
      if (lo == null || hi == null) {
        continue;
      }
      double px = f.x(i, n);
      upper
          .append(upper.length() == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", px, f.y(hi)));
      lower.insert(0, String.format(Locale.ROOT, " L%.1f %.1f", px, f.y(lo)));
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

  static StringBuilder open(Svg.Layout layout, int height, String id, String title, String desc) {
    String ref = id + "-" + layout.css();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-t %s-d\">\n",
            layout.css(),
            layout.width,
            height,
            ref,
            ref));
    b.append("<title id=\"")
        .append(ref)
        .append("-t\">")
        .append(Html.escape(title))
        .append("</title>\n<desc id=\"")
        .append(ref)
        .append("-d\">")
        .append(Html.escape(desc))
        .append("</desc>\n");
    return b;
  }

  static String close(StringBuilder b) {
    return b.append("</svg>\n").toString();
  }

  static String line(double x1, double y1, double x2, double y2, String colour, double width) {
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

  static String text(double x, double y, String text, String anchor, int size) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"" + " font-size=\"%d\">%s</text>\n",
        x,
        y,
        anchor,
        size,
        Html.escape(text));
  }

  /** A generous estimate of a text's width in a sans-serif face, for layout. */
  static double textWidth(String s, int font) {
    return s.length() * font * 0.6;
  }

  static double value(List<Double> values, int i) {
    Double v = values.get(i);
    return v == null ? 0 : v;
  }
}
