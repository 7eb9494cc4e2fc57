package no.nmstat.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.io.PublishedSeries;

/**
 * The file's figures beside the published Norwegian ones of the same period (method.md §11): each
 * published series compared only with the interval and statistic it measures, else shown beside
 * with the difference named.
 *
 * @param published the published figure
 * @param interval the file's interval set beside it
 * @param statistic the file's statistic set beside it ({@code mean} or {@code median})
 * @param file the file's figure with its 95% interval, for the same period
 * @param comparable whether both measure the same interval and statistic
 * @param comparison what the comparison says, in words
 */
public record BesidePublished(
    PublishedSeries.Figure published,
    String interval,
    String statistic,
    Estimate file,
    boolean comparable,
    String comparison) {

  /** Published figures that measure something else than the file's interval of another name. */
  private static final Map<String, String> NEAREST =
      Map.of(
          "dmp_time",
          "assessment: DMP's 'reell saksbehandlingstid' is not the file's assessment"
              + " (documentation received to report)");

  /**
   * Each Norwegian published mean, median or figure of unstated statistic, in days, whose period is
   * one of {@code trends}' periods and whose interval (or nearest interval) is among them, beside
   * the file's figure.
   */
  public static List<BesidePublished> of(
      List<IntervalTrend> trends, List<PublishedSeries.Figure> published) {
    List<BesidePublished> lines = new ArrayList<>();
    for (PublishedSeries.Figure p : published) {
      if (!p.scope().startsWith("NO ")
          || !p.unit().equals("days")
          || !List.of("mean", "median", "unspecified").contains(p.statistic())) {
        continue;
      }
      String nearest = NEAREST.get(p.figure());
      String name = nearest == null ? p.figure() : nearest.substring(0, nearest.indexOf(':'));
      for (IntervalTrend t : trends) {
        if (!t.interval().name().equals(name)) {
          continue;
        }
        for (TrendRow r : t.rows()) {
          if (r.figures().period().equals(p.period())) {
            lines.add(beside(p, name, nearest, r.figures()));
          }
        }
      }
    }
    return lines;
  }

  private static BesidePublished beside(
      PublishedSeries.Figure p, String interval, String nearest, PeriodFigures f) {
    boolean median = p.statistic().equals("median");
    Estimate file = median ? f.median() : f.mean();
    String statistic = median ? "median" : "mean";
    List<String> differences = new ArrayList<>();
    if (nearest != null) {
      differences.add(nearest.substring(nearest.indexOf(':') + 2));
    }
    if (p.statistic().equals("unspecified")) {
      differences.add("the published statistic is not stated");
    }
    if (!differences.isEmpty()) {
      return new BesidePublished(
          p,
          interval,
          statistic,
          file,
          false,
          "beside, not compared: " + String.join("; ", differences));
    }
    String words;
    if (file.low() == null) {
      words = "no interval: too few cases in the file";
    } else if (p.value() < file.low() || p.value() > file.high()) {
      words = "outside the file's 95% interval";
    } else {
      words = "inside the file's 95% interval";
    }
    return new BesidePublished(p, interval, statistic, file, true, words);
  }
}
