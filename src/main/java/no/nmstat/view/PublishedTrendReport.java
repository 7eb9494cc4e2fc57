package no.nmstat.view;

import java.time.LocalDate;
import java.util.List;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.trend.BesidePublished;
import no.nmstat.trend.Estimate;

/** {@code nmstat trend --published}: the file's figures beside the published ones, as a table. */
public final class PublishedTrendReport {
  private PublishedTrendReport() {}

  /**
   * The file's figures beside the published ones ({@code trend --published}): one row per published
   * figure of a period the file has, the difference file − published where both measure the same
   * interval and statistic.
   */
  public static Table published(List<BesidePublished> lines, LocalDate asOf) {
    Table table =
        new Table(
            List.of(
                Column.text("period"),
                Column.text("published"),
                Column.text("scope"),
                Column.text("published_statistic"),
                Column.decimal("published_value"),
                Column.text("interval"),
                Column.text("statistic"),
                Column.decimal("value"),
                Column.decimal("value_low"),
                Column.decimal("value_high"),
                Column.decimal("difference"),
                Column.text("comparison"),
                Column.text("source")));
    for (BesidePublished b : lines) {
      Estimate f = b.file();
      table.row(
          b.published().period(),
          b.published().figure(),
          b.published().scope(),
          b.published().statistic(),
          b.published().value(),
          b.interval(),
          b.statistic(),
          f.value(),
          f.low(),
          f.high(),
          b.comparable() && f.value() != null ? f.value() - b.published().value() : null,
          b.comparison(),
          b.published().source());
    }
    table.note(
        "Published figures (data/nyemetoder-published.csv, Norwegian, in days) of the periods"
            + " the file has, beside the file's figure as of "
            + asOf
            + "; difference = file - published, only where both measure the same interval and"
            + " statistic. The published figures count every case of the period; the file only"
            + " its own.");
    if (lines.isEmpty()) {
      table.note("No published figure matches a period and an interval of the file.");
    }
    return table;
  }
}
