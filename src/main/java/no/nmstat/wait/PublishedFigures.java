package no.nmstat.wait;

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
 * The published W.A.I.T. headline figures shipped as {@code data/wait-published.csv} (copied into
 * the jar by the build), read by the table engine that reads case files and panels.
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

  // The file is written in UTF-8 by hand; one problem is enough to refuse it.
  private static final ReadOptions OPTIONS =
      new ReadOptions(StandardCharsets.UTF_8, DateReader.standard(), Map.of(), 1);

  private PublishedFigures() {}

  /** All published figures, in file order. */
  public static List<PublishedFigure> load() {
    try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return read(RESOURCE.substring(1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The figures of {@code bytes} (named {@code name} in problems). The file ships with nmstat, so a
   * problem in it is a broken build, not a user's mistake: the first one is thrown.
   *
   * @throws IllegalStateException naming the file, line, column and value of the first problem
   */
  static List<PublishedFigure> read(String name, byte[] bytes) {
    ProblemLog log = new ProblemLog(OPTIONS.maxProblems());
    List<PublishedFigure> out = new ArrayList<>();
    try (ByteSource source = ByteSource.of(bytes)) {
      TableInput.read(name, source, OPTIONS, log, new Figures(name, log, out));
    }
    if (log.count() > 0) {
      InputProblem first = log.problems().get(0);
      throw new IllegalStateException("the published W.A.I.T. figures cannot be read: " + first);
    }
    return out;
  }

  /** The header's columns and, once every row is parsed, the figures in file order. */
  private static final class Figures implements TableInput.Rows {
    private final String name;
    private final ProblemLog log;
    private final List<PublishedFigure> out;
    private final Map<String, Integer> index = new HashMap<>();

    Figures(String name, ProblemLog log, List<PublishedFigure> out) {
      this.name = name;
      this.log = log;
      this.out = out;
    }

    @Override
    public boolean header(long line, String[] names) {
      for (int i = 0; i < names.length; i++) {
        index.putIfAbsent(names[i], i);
      }
      for (String column : COLUMNS) {
        if (!index.containsKey(column)) {
          log.fatal(name, line, column, String.join(",", names), "no " + column + " column");
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
      TextRows.replay(sinks, lineOffsets, log, this::figure);
    }

    private void figure(long line, String[] fields) {
      long before = log.count();
      Integer survey = integer(line, fields, "survey");
      if (survey == null && log.count() == before) {
        log.problem(name, line, "survey", "", "missing survey year");
      }
      PublishedFigure figure =
          new PublishedFigure(
              survey == null ? 0 : survey,
              text(fields, "cohort"),
              text(fields, "cutoff"),
              integer(line, fields, "medicines"),
              text(fields, "country"),
              integer(line, fields, "available"),
              decimal(line, fields, "availability_rate"),
              decimal(line, fields, "limited_rate"),
              integer(line, fields, "mean_days"),
              integer(line, fields, "median_days"),
              text(fields, "source"));
      if (log.count() == before) {
        out.add(figure);
      }
    }

    private String text(String[] fields, String column) {
      return fields[index.get(column)];
    }

    private Integer integer(long line, String[] fields, String column) {
      String s = text(fields, column);
      try {
        return s.isEmpty() ? null : Integer.valueOf(s);
      } catch (NumberFormatException e) {
        log.problem(name, line, column, s, "not a whole number");
        return null;
      }
    }

    private Double decimal(long line, String[] fields, String column) {
      String s = text(fields, column);
      try {
        return s.isEmpty() ? null : Double.valueOf(s);
      } catch (NumberFormatException e) {
        log.problem(name, line, column, s, "not a number");
        return null;
      }
    }
  }
}
