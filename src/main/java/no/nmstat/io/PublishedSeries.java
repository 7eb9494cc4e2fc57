package no.nmstat.io;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.table.ShippedTable;

/**
 * The published Norwegian (and Nordic) figures shipped as {@code data/nyemetoder-published.csv}
 * (copied into the jar by the build), read by the table engine: what {@code trend --published} sets
 * beside the file's figures.
 */
public final class PublishedSeries {
  private static final String RESOURCE = "/nyemetoder-published.csv";

  private static final List<String> COLUMNS =
      List.of("figure", "scope", "period", "statistic", "value", "unit", "source");

  private static final String WHAT = "the published figures";

  /**
   * One published figure.
   *
   * @param figure what it measures: an interval name where one fits, e.g. {@code assessment}
   * @param scope country, body and cases
   * @param period its period as published, e.g. {@code 2023} or {@code 2025-T1}
   * @param statistic {@code mean}, {@code median}, ... or {@code unspecified}
   * @param value the figure
   * @param unit e.g. {@code days}
   * @param source the addresses it was read on
   */
  public record Figure(
      String figure,
      String scope,
      String period,
      String statistic,
      double value,
      String unit,
      String source) {}

  private PublishedSeries() {}

  /** Every published figure, in file order. */
  public static List<Figure> load() {
    List<Figure> out = new ArrayList<>();
    ShippedTable.load(PublishedSeries.class, RESOURCE, COLUMNS, WHAT, row -> figure(row, out));
    return out;
  }

  /** The figures of {@code bytes} (named {@code name} in problems); the first problem is thrown. */
  static List<Figure> read(String name, byte[] bytes) {
    List<Figure> out = new ArrayList<>();
    ShippedTable.read(name, bytes, COLUMNS, WHAT, row -> figure(row, out));
    return out;
  }

  private static void figure(ShippedTable.Row row, List<Figure> out) {
    try {
      out.add(
          new Figure(
              row.get("figure"),
              row.get("scope"),
              row.get("period"),
              row.get("statistic"),
              Double.parseDouble(row.get("value")),
              row.get("unit"),
              row.get("source")));
    } catch (NumberFormatException e) {
      row.problem("value", "not a number");
    }
  }
}
