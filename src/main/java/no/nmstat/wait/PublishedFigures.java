package no.nmstat.wait;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.table.ShippedTable;

/**
 * The published W.A.I.T. headline figures shipped as {@code data/wait-published.csv} (copied into
 * the jar by the build), read by the table engine that reads case files and panels ({@link
 * ShippedTable}).
 */
public final class PublishedFigures {
  private static final String RESOURCE = "/wait-published.csv";

  /** The file's columns, all required. */
  static final List<String> COLUMNS =
      List.of(
          "survey",
          "cohort",
          "cutoff",
          "medicines",
          "country",
          "available",
          "availability_rate",
          "limited_rate",
          "mean_days",
          "median_days",
          "source");

  private static final String WHAT = "the published W.A.I.T. figures";

  private PublishedFigures() {}

  /** All published figures, in file order. */
  public static List<PublishedFigure> load() {
    List<PublishedFigure> out = new ArrayList<>();
    ShippedTable.load(PublishedFigures.class, RESOURCE, COLUMNS, WHAT, row -> figure(row, out));
    return out;
  }

  /**
   * The figures of {@code bytes} (named {@code name} in problems); the first problem is thrown.
   *
   * @throws IllegalStateException naming the file, line, column and value of the first problem
   */
  static List<PublishedFigure> read(String name, byte[] bytes) {
    List<PublishedFigure> out = new ArrayList<>();
    ShippedTable.read(name, bytes, COLUMNS, WHAT, row -> figure(row, out));
    return out;
  }

  /** The figure of {@code row}, added to {@code out} when all its fields can be used. */
  private static void figure(ShippedTable.Row row, List<PublishedFigure> out) {
    Integer survey = integer(row, "survey");
    if (survey == null && row.problems() == 0) {
      row.problem("survey", "missing survey year");
    }
    PublishedFigure figure =
        new PublishedFigure(
            survey == null ? 0 : survey,
            row.get("cohort"),
            row.get("cutoff"),
            integer(row, "medicines"),
            row.get("country"),
            integer(row, "available"),
            decimal(row, "availability_rate"),
            decimal(row, "limited_rate"),
            integer(row, "mean_days"),
            integer(row, "median_days"),
            row.get("source"));
    if (row.problems() == 0) {
      out.add(figure);
    }
  }

  private static Integer integer(ShippedTable.Row row, String column) {
    String s = row.get(column);
    try {
      return s.isEmpty() ? null : Integer.valueOf(s);
    } catch (NumberFormatException e) {
      row.problem(column, "not a whole number");
      return null;
    }
  }

  private static Double decimal(ShippedTable.Row row, String column) {
    String s = row.get(column);
    try {
      return s.isEmpty() ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      row.problem(column, "not a number");
      return null;
    }
  }
}
