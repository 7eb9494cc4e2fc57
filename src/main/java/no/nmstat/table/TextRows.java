package no.nmstat.table;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps each row's fields as text, for small files read in order afterwards. */
public final class TextRows implements TableInput.Sink {
  private final ProblemLog log;
  private final List<Long> lines = new ArrayList<>();
  private final List<String[]> fields = new ArrayList<>();

  public TextRows(int maxProblems) {
    this.log = new ProblemLog(maxProblems);
  }

  @Override
  public ProblemLog log() {
    return log;
  }

  @Override
  public void row(long line, Fields f) {
    String[] values = new String[f.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = f.text(i);
    }
    lines.add(line);
    fields.add(values);
  }

  /** Receives one row: its line in the file and the text of its fields. */
  public interface Row {
    void take(long line, String[] fields);
  }

  /**
   * The finish of a reader of a small file read in order: for each of {@code sinks} (made by {@link
   * #TextRows}), its problems into {@code log} and then its rows to {@code row}, their lines moved
   * by {@code lineOffsets}, so every row is seen in file order.
   */
  public static void replay(
      List<TableInput.Sink> sinks, long[] lineOffsets, ProblemLog log, Row row) {
    for (int k = 0; k < sinks.size(); k++) {
      TextRows rows = (TextRows) sinks.get(k);
      log.absorb(rows.log(), lineOffsets[k]);
      for (int i = 0; i < rows.lines.size(); i++) {
        row.take(rows.lines.get(i) + lineOffsets[k], rows.fields.get(i));
      }
    }
  }
}
