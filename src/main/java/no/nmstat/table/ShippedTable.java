package no.nmstat.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small table nmstat ships in its jar (the published figures), read whole by the table engine as
 * every table is: UTF-8, its header holding every one of its columns, each row handed on in file
 * order with its fields by column name. The file is written by hand and ships with nmstat, so a
 * problem in it is a broken build, not a user's mistake: the first one is thrown.
 */
public final class ShippedTable {
  // One problem is enough to refuse it.
  private static final ReadOptions OPTIONS =
      new ReadOptions(StandardCharsets.UTF_8, DateReader.standard(), Map.of(), 1);

  private ShippedTable() {}

  /** What is made of each row. */
  public interface Reader {
    /** Takes one row; a field it cannot use is recorded with {@link Row#problem}. */
    void row(Row row);
  }

  /** One row: its fields by column name, and its problems recorded with its file and line. */
  public static final class Row {
    private final String name;
    private final long line;
    private final String[] fields;
    private final Map<String, Integer> index;
    private final ProblemLog log;
    private int problems;

    private Row(
        String name, long line, String[] fields, Map<String, Integer> index, ProblemLog log) {
      this.name = name;
      this.line = line;
      this.fields = fields;
      this.index = index;
      this.log = log;
    }

    /** The field of {@code column}, one of the table's columns. */
    public String get(String column) {
      return fields[index.get(column)];
    }

    /** Records that the field of {@code column} cannot be used, and why. */
    public void problem(String column, String reason) {
      log.problem(name, line, column, get(column), reason);
      problems++;
    }

    /** The problems recorded for this row so far. */
    public int problems() {
      return problems;
    }
  }

  /**
   * Reads {@code resource} from the jar of {@code owner} ({@code what} names it in the error).
   *
   * @throws IllegalStateException for a missing resource or the first problem in it
   */
  public static void load(
      Class<?> owner, String resource, List<String> columns, String what, Reader reader) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the build");
      }
      read(resource.substring(1), in.readAllBytes(), columns, what, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the table {@code bytes} (named {@code name} in problems).
   *
   * @throws IllegalStateException naming the file, line, column and value of the first problem
   */
  public static void read(
      String name, byte[] bytes, List<String> columns, String what, Reader reader) {
    ProblemLog log = new ProblemLog(OPTIONS.maxProblems());
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
              for (String column : columns) {
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
                  (line, fields) -> reader.row(new Row(name, line, fields, index, log)));
            }
          });
    }
    if (log.count() > 0) {
      throw new IllegalStateException(what + " cannot be read: " + log.problems().get(0));
    }
  }
}
