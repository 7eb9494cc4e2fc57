package no.nmstat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.table.ByteSource;
import no.nmstat.table.DateReader;
import no.nmstat.table.InputProblem;
import no.nmstat.table.ProblemLog;
import no.nmstat.table.ReadOptions;
import no.nmstat.table.TableInput;
import no.nmstat.table.TextRows;

/**
 * The published Norwegian (and Nordic) figures shipped as {@code data/nyemetoder-published.csv}
 * (copied into the jar by the build), read by the table engine: what {@code trend --published} sets
 * beside the file's figures.
 */
public final class PublishedSeries {
  private static final String RESOURCE = "/nyemetoder-published.csv";

  private static final List<String> COLUMNS =
      List.of("figure", "scope", "period", "statistic", "value", "unit", "source");

  private static final ReadOptions OPTIONS =
      new ReadOptions(StandardCharsets.UTF_8, DateReader.standard(), Map.of(), 1);

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
    try (InputStream in = PublishedSeries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return read(RESOURCE.substring(1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The figures of {@code bytes}. The file ships with nmstat, so a problem in it is a broken build:
   * the first one is thrown.
   */
  static List<Figure> read(String name, byte[] bytes) {
    ProblemLog log = new ProblemLog(OPTIONS.maxProblems());
    List<Figure> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    try (ByteSource source = ByteSource.of(bytes)) {
      TableInput.read(
          name,
          source,
          OPTIONS,
          log,
          new TableInput.Rows() {
            @Override
            public boolean header(long line, String[] names) {
              for (int i = 0; i < names.length; i++) {
                index.putIfAbsent(names[i], i);
              }
              for (String column : COLUMNS) {
                if (!index.containsKey(column)) {
                  log.fatal(
                      name, line, column, String.join(",", names), "no " + column + " column");
                  return false;
                }
              }
              return true;
            }

            @Override
            public TableInput.Sink sink(int rows) {
              return new TextRows(OPTIONS.maxProblems());
            }

            @Override
            public void finish(List<TableInput.Sink> sinks, long[] lineOffsets) {
              TextRows.replay(
                  sinks,
                  lineOffsets,
                  log,
                  (line, fields) -> {
                    String value = fields[index.get("value")];
                    try {
                      out.add(
                          new Figure(
                              fields[index.get("figure")],
                              fields[index.get("scope")],
                              fields[index.get("period")],
                              fields[index.get("statistic")],
                              Double.parseDouble(value),
                              fields[index.get("unit")],
                              fields[index.get("source")]));
                    } catch (NumberFormatException e) {
                      log.problem(name, line, "value", value, "not a number");
                    }
                  });
            }
          });
    }
    if (log.count() > 0) {
      InputProblem first = log.problems().get(0);
      throw new IllegalStateException("the published figures cannot be read: " + first);
    }
    return out;
  }
}
