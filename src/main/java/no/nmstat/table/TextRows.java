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

  public List<Long> lines() {
    return lines;
  }

  public List<String[]> fields() {
    return fields;
  }
}
